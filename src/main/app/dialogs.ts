import { dialog } from 'electron'
import type { FolderPurpose } from '../services/main-services'

/** The system's folder and file dialogs, as main's services ask for them. */
const FOLDER_TITLES = {
  open: 'Open a dataset folder',
  'save-as': 'Choose an empty folder for the copy',
  new: 'Choose an empty folder for the new dataset',
  'team-remote': 'Choose the team’s shared folder (a network drive, not a Dropbox or OneDrive folder)',
  clone: 'Choose an empty folder for your copy of the team’s dataset',
} satisfies Record<FolderPurpose, string>

export async function pickFolder(purpose: FolderPurpose): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: FOLDER_TITLES[purpose],
    properties: purpose === 'open' ? ['openDirectory'] : ['openDirectory', 'createDirectory'],
  })
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

export async function pickExportFolder(): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: 'Choose a folder for the export',
    properties: ['openDirectory', 'createDirectory'],
  })
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

export async function pickImportFile(): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: 'Choose a file to import',
    properties: ['openFile'],
    filters: [
      { name: 'Data and citations', extensions: ['csv', 'json', 'jsonl', 'bib', 'ris'] },
      { name: 'All files', extensions: ['*'] },
    ],
  })
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
