import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Change, RecordOf } from '../../../shared/domain'
import type { RecordKind } from '../../../shared/result'
import { commandRecord, readCommandLabel } from '../lib/command-label'
import { useFormat } from '../i18n/format'
import { pickText } from '../lib/labels'
import { useRecord } from './useRecords'

/** The languages to pick a record's name in: the interface's first (the Chinese UI says 莫高窟). */
export function nameLanguages(uiLanguage: string): string[] {
  return uiLanguage.startsWith('zh') ? ['zh', 'en'] : ['en', 'zh']
}

/** A record's name as a curator knows it; a statement has none (its id stands). */
function recordName(kind: RecordKind, record: unknown, languages: readonly string[]): string | null {
  if (!record) return null
  if (kind === 'site') return pickText((record as RecordOf['site']).name, languages) || null
  if (kind === 'source') return (record as RecordOf['source']).title || null
  if (kind === 'property') return pickText({ ...(record as RecordOf['property']).label }, languages) || null
  return null
}

/**
 * Says one of main's command labels in the interface language, naming its record: "Edit site
 * Mogao Caves", "编辑遗产地“莫高窟”". `name` is the record's (null: its id is said). A label of a
 * shape the renderer does not know is shown as main wrote it.
 */
export function useSayCommand() {
  const { t, i18n } = useTranslation('shell')
  const { shortWhen } = useFormat()
  const languages = nameLanguages(i18n.language)
  const say = useCallback(
    (label: string, record?: unknown): string => {
      const words = readCommandLabel(label)
      if (!words) return label
      const about = commandRecord(words)
      const name = (about && recordName(about.kind, record, languages)) ?? about?.id ?? ''
      const kind = about ? t(`command.kind.${about.kind}`) : ''
      const at = 'at' in words ? shortWhen(words.at) : ''
      return t(`command.${words.key}`, { ...words, kind, name, when: at })
    },
    [t, languages, shortWhen],
  )
  /** With a command's changes at hand (after undo or redo), the record's name comes from them. */
  const sayWithChanges = useCallback(
    (label: string, changes: readonly Change[]): string => {
      const about = commandRecord(readCommandLabel(label))
      const change = about && changes.find((each) => each.kind === about.kind && each.id === about.id)
      return say(label, change ? (change.after ?? change.before) : undefined)
    },
    [say],
  )
  return { say, sayWithChanges }
}

/** A command label for a tooltip: the record it names is looked up (its id stays if it is gone). */
export function useCommandText(label: string | undefined): string | undefined {
  const { say } = useSayCommand()
  const about = label ? commandRecord(readCommandLabel(label)) : null
  const record = useRecord(about?.kind ?? 'site', about?.id ?? null)
  return label === undefined ? undefined : say(label, record.data)
}
