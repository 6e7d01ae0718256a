import { ActionIcon, Group, Tooltip } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useCommandText } from '@renderer/hooks/useCommandText'
import { useUndoRedo } from '@renderer/hooks/useUndoRedo'
import { useFormat } from '@renderer/i18n/format'
import { RedoIcon, UndoIcon } from '../Icons/Icons'

interface StepSummary {
  label: string
  at: string
  author: string
}

/** "Undo Edit site Mogao Caves — Ada, 10:42", or why there is nothing to do. */
function describe(
  t: TFunction<'shell'>,
  when: (iso: string) => string,
  verb: 'Undo' | 'Redo',
  step: StepSummary | undefined,
  readOnly: boolean,
): string {
  if (readOnly) return t(`undo.off${verb}`)
  if (!step) return t(`undo.nothing${verb}`)
  return t(`undo.step${verb}`, { label: step.label, author: step.author, when: when(step.at) })
}

/** Undo and redo in the header; the tooltips (and accessible names) say which step. */
export function UndoRedoButtons() {
  const { t } = useTranslation('shell')
  const { shortWhen } = useFormat()
  const { undoStep, redoStep, readOnly, pending, undo, redo } = useUndoRedo()
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl+'
  // Main's labels, said in the interface language with the record's name.
  const undoLabel = useCommandText(undoStep)
  const redoLabel = useCommandText(redoStep)
  const undoText = describe(
    t,
    shortWhen,
    'Undo',
    undoStep && { ...undoStep, label: undoLabel ?? '' },
    readOnly,
  )
  const redoText = describe(
    t,
    shortWhen,
    'Redo',
    redoStep && { ...redoStep, label: redoLabel ?? '' },
    readOnly,
  )
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('undo.withShortcut', { text: undoText, shortcut: `${mod}Z` })} multiline maw={360}>
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
      <Tooltip
        label={t('undo.withShortcut', { text: redoText, shortcut: `${mod}Shift+Z` })}
        multiline
        maw={360}
      >
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
