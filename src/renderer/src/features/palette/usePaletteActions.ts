import type { SpotlightActionData } from '@mantine/spotlight'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useInterfaceSwitch } from '@renderer/i18n/useInterfacePreferences'
import { type EditableKind, type Section, useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo, useOpenDataset } from '@renderer/hooks/useRecords'
import { useUndoRedoSteps } from '@renderer/hooks/useUndoRedo'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import type { ParseKeys } from 'i18next'

/** What the palette opens that lives elsewhere in the window (KeyboardLayer holds them). */
export interface PaletteHandlers {
  openImport(): void
  openExport(): void
  openShortcutsHelp(): void
}

const NEW: [string, EditableKind][] = [
  ['newSite', 'site'],
  ['newSource', 'source'],
  ['newStatement', 'statement'],
  ['newProperty', 'property'],
]
const SECTIONS: [string, Section][] = [
  ['goSites', 'sites'],
  ['goSources', 'sources'],
  ['goStatements', 'statements'],
  ['goProperties', 'properties'],
  ['goCountries', 'countries'],
  ['goProblems', 'problems'],
  ['goDuplicates', 'duplicates'],
  ['goTeam', 'team'],
]

/** Opens another dataset from the palette, as the header's button does. */
function useOpenAnotherDataset() {
  const { t } = useTranslation('palette')
  const open = useOpenDataset()
  const { closeAll } = useNavigation()
  const { confirmDiscard } = useUnsavedChanges()
  return () =>
    confirmDiscard(() =>
      open.mutate(
        {},
        {
          onSuccess: (opened) => {
            if (!opened) return
            closeAll()
            notifications.show({ message: t('opened', { name: opened.manifest.name }), color: 'teal' })
          },
          onError: (error) =>
            notifications.show({
              title: t('openFailed'),
              message: error.message,
              color: 'red',
              autoClose: false,
            }),
        },
      ),
    )
}

/** The palette's actions, in the interface's language; their English ids stay findable as keywords. */
export function usePaletteActions(handlers: PaletteHandlers): SpotlightActionData[] {
  const { t } = useTranslation('palette')
  const { goTo, openRecord } = useNavigation()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const steps = useUndoRedoSteps()
  const ui = useInterfaceSwitch()
  const openDataset = useOpenAnotherDataset()

  const build = (id: string, onClick: () => void, disabled = false): SpotlightActionData => ({
    id,
    label: t(`actions.${id}` as ParseKeys<'palette'>),
    keywords: id.replace(/([A-Z])/g, ' $1').toLowerCase(),
    onClick,
    disabled,
  })
  // Rebuilt on each render: the handlers close over the navigation and undo state, which change.
  return [
    ...NEW.map(([id, kind]) => build(id, () => openRecord(kind, null), readOnly)),
    ...SECTIONS.map(([id, section]) => build(id, () => goTo(section))),
    build('undo', steps.undo, readOnly || !steps.undoStep),
    build('redo', steps.redo, readOnly || !steps.redoStep),
    build('import', handlers.openImport, readOnly),
    build('export', handlers.openExport),
    build('openDataset', openDataset),
    build('themeAuto', () => ui.setColorScheme('auto')),
    build('themeLight', () => ui.setColorScheme('light')),
    build('themeDark', () => ui.setColorScheme('dark')),
    build('languageEn', () => ui.setLanguage('en')),
    build('languageZh', () => ui.setLanguage('zh-Hans')),
    build('shortcuts', handlers.openShortcutsHelp),
  ]
}
