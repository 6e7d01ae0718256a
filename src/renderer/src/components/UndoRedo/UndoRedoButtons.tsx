import { ActionIcon, Group, Tooltip } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import { useUndoRedo } from '../../hooks/useUndoRedo'
import { shortWhen } from '../../lib/times'
import { RedoIcon, UndoIcon } from '../Icons/Icons'

interface StepSummary {
  label: string
  at: string
  author: string
}

/** "Undo Edit site whc-440 — Ada, 10:42", or why there is nothing to do. */
function describe(verb: 'Undo' | 'Redo', step: StepSummary | undefined, readOnly: boolean): string {
  if (readOnly) return `${verb} is off: the dataset is read-only`
  if (!step) return `Nothing to ${verb.toLowerCase()}`
  return `${verb} ${step.label} — ${step.author}, ${shortWhen(step.at)}`
}

/** Undo and redo in the header; the tooltips (and accessible names) say which step. */
export function UndoRedoButtons() {
  const { undoStep, redoStep, readOnly, pending, undo, redo } = useUndoRedo()
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl+'
  const undoText = describe('Undo', undoStep, readOnly)
  const redoText = describe('Redo', redoStep, readOnly)
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={`${undoText} (${mod}Z)`} multiline maw={360}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={undoText}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={() => {
            if (undoStep && !pending) undo()
          }}
          data-disabled={readOnly || !undoStep || undefined}
          aria-disabled={readOnly || !undoStep || undefined}
        >
          <UndoIcon />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={`${redoText} (${mod}Shift+Z)`} multiline maw={360}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={redoText}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          onClick={() => {
            if (redoStep && !pending) redo()
          }}
          data-disabled={readOnly || !redoStep || undefined}
          aria-disabled={readOnly || !redoStep || undefined}
        >
          <RedoIcon />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
