import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommandNames } from '@shared/domain'
import { commandRecord, readCommandLabel } from '@shared/command-label'
import { useFormat } from '../i18n/format'
import { localName } from '../lib/record-name'

/** The languages to pick a record's name in: the interface's first (the Chinese UI says 莫高窟). */
export function nameLanguages(uiLanguage: string): string[] {
  return uiLanguage.startsWith('zh') ? ['zh', 'en'] : ['en', 'zh']
}

/**
 * Says one of main's command labels in the interface language, naming its records by the names
 * main sends with it (the interface language's first): "Edit site Mogao Caves", "编辑遗产地“莫高窟”".
 * Without a name the id is said; a label of a shape the renderer does not know is shown as main
 * wrote it.
 */
export function useSayCommand() {
  const { t, i18n } = useTranslation('shell')
  const { shortWhen } = useFormat()
  const language = i18n.language
  return useCallback(
    (label: string, names: CommandNames = {}): string => {
      const words = readCommandLabel(label)
      if (!words) return label
      const about = commandRecord(words)
      const name = localName(names.record, language) || about?.id || ''
      const kind = about ? t(`command.kind.${about.kind}`) : ''
      const at = 'at' in words ? shortWhen(words.at) : ''
      return t(`command.${words.key}`, {
        ...words,
        kind,
        name,
        when: at,
        ...(words.key === 'merge' && { removed: localName(names.removed, language) || words.removed }),
        ...(words.key === 'reorder' && { property: localName(names.property, language) || words.property }),
      })
    },
    [t, language, shortWhen],
  )
}

/** A command label with its names (an undo step, a record's version) for a tooltip or a list. */
export function useCommandText(
  step: { label: string; names?: CommandNames } | undefined,
): string | undefined {
  const say = useSayCommand()
  return step === undefined ? undefined : say(step.label, step.names)
}
