import { dialog } from 'electron'

/** The system's folder and file dialogs, as main's services ask for them. */
export async function pickFolder(purpose: 'open' | 'save-as'): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: purpose === 'open' ? 'Open a dataset folder' : 'Choose an empty folder for the copy',
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
