import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useHotkeys, useOs } from '@mantine/hooks'
import type { HotkeyItem } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { Command } from '@shared/domain'
import { api, datasetKeys } from '../lib/api'
import { useSayCommand } from './useCommandText'
import { useDatasetEvent } from './useDatasetEvent'
import { refreshEverything, useDatasetInfo } from './useRecords'
import { useUnsavedChanges } from './useUnsavedChanges'

export type Step = 'undo' | 'redo'

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', ''])

/** Inside a text field the browser's own text undo applies, not the dataset's. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)
}

/** Undo and redo of the dataset's commands, without keys: for the palette and the toolbar's hook below. */
export function useUndoRedoSteps() {
  const client = useQueryClient()
  const { t } = useTranslation('shell')
  const say = useSayCommand()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const { confirmDiscard } = useUnsavedChanges()
  const state = useQuery({ queryKey: datasetKeys.undoState, queryFn: api.getUndoState })
  const mutation = useMutation<Command | null, Error, Step>({
    mutationFn: (step) => (step === 'undo' ? api.undo() : api.redo()),
    onSettled: () => refreshEverything(client),
  })

  const run = (step: Step) => {
    if (readOnly || mutation.isPending) return
    // The open form remounts with the record as it becomes: unsaved edits in it would be lost.
    confirmDiscard(() =>
      mutation.mutate(step, {
        onSuccess: (command) => {
          const verb = step === 'undo' ? 'Undo' : 'Redo'
          notifications.show({
            message: command
              ? t(`undo.done${verb}`, { label: say(command.label, command.names) })
              : t(`undo.nothing${verb}`),
            color: command ? 'teal' : 'gray',
          })
        },
        onError: (error) => {
          notifications.show({
            title: t(step === 'undo' ? 'undo.failedUndo' : 'undo.failedRedo'),
            message: error.message,
            color: 'red',
            autoClose: false,
          })
        },
      }),
    )
  }

  return {
    undoStep: state.data?.undo,
    redoStep: state.data?.redo,
    readOnly,
    pending: mutation.isPending,
    undo: () => run('undo'),
    redo: () => run('redo'),
    run,
  }
}

/**
 * Undo and redo from the toolbar or the keyboard: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, and Ctrl+Y
 * outside macOS, and Edit › Undo and Redo from the native menu. Afterwards every list and open
 * record refreshes. Mount once (the toolbar); elsewhere use useUndoRedoSteps.
 */
export function useUndoRedo() {
  const steps = useUndoRedoSteps()
  const { run } = steps
  const os = useOs()
  const onKey = (step: Step) => (event: KeyboardEvent) => {
    if (isTextEntry(event.target)) return
    event.preventDefault()
    run(step)
  }
  const keys: HotkeyItem[] = [
    ['mod+Z', onKey('undo'), { preventDefault: false }],
    ['mod+shift+Z', onKey('redo'), { preventDefault: false }],
  ]
  if (os !== 'macos') keys.push(['ctrl+Y', onKey('redo'), { preventDefault: false }])
  // No tags ignored: isTextEntry decides, so that a focused checkbox or button still undoes.
  useHotkeys(keys, [])

  // In the packaged app Edit › Undo holds Ctrl/Cmd+Z: main sends it here to decide the same way.
  useDatasetEvent('menu-command', (event) => {
    if (event.command !== 'undo' && event.command !== 'redo') return
    if (isTextEntry(document.activeElement)) document.execCommand(event.command)
    else run(event.command)
  })

  return steps
}
