import type { ValidationIssue } from '@shared/result'
import { CuratorError } from './errors'
import type { Disk, FileKind } from './fs/disk'

/**
 * Every name the app reads or writes inside a dataset folder must be what it claims: a regular
 * file, or a real folder. A symbolic link (git stores them, so a cloned dataset can carry one)
 * would send reads, writes and deletes outside the dataset; a FIFO would hang a read. These
 * checks apply to any file the app opens, so they hold for any layout of the dataset's files.
 */

const WHAT: Record<Exclude<FileKind, 'missing'>, string> = {
  file: 'a file',
  folder: 'a folder',
  symlink: 'a symbolic link',
  other: 'a special file (a FIFO, a socket or a device)',
}

/** The issue for a name that is not what the app expects, naming it as the curator sees it. */
export function kindIssue(label: string, kind: FileKind, expected: 'file' | 'folder'): ValidationIssue {
  const found = kind === 'missing' ? 'missing' : WHAT[kind]
  const message =
    kind === 'symlink'
      ? `${label} is a symbolic link: Heritage Curator does not follow links inside a dataset folder. Replace it with the ${expected} itself.`
      : `${label} is ${found}, where the dataset needs ${expected === 'file' ? 'a regular file' : 'a folder'}.`
  return {
    path: '',
    file: label,
    rule: kind === 'symlink' ? 'file.symlink' : 'file.not-regular',
    severity: 'error',
    message,
  }
}

/** The issue when a name exists and is not of the expected kind; undefined when it is, or is missing. */
export async function unexpectedKind(
  disk: Disk,
  file: string,
  label: string,
  expected: 'file' | 'folder',
): Promise<ValidationIssue | undefined> {
  const kind = await disk.kind(file)
  return kind === 'missing' || kind === expected ? undefined : kindIssue(label, kind, expected)
}

/** The issue an open's error means when the name turned out not to be a regular file (see safe-open.ts). */
export function openErrorIssue(error: unknown, label: string): ValidationIssue | undefined {
  const { code, kind } = error as { code?: string; kind?: FileKind }
  if (code !== 'ELOOP' && code !== 'ENOTREGULAR') return undefined
  return kindIssue(label, kind ?? (code === 'ELOOP' ? 'symlink' : 'other'), 'file')
}

/**
 * Refuses a dataset file that exists and is not a regular file, naming it; `folder` is the
 * dataset, so that the refusal offers read-only and restore as a damaged file's does.
 */
export async function requireRegularFile(
  disk: Disk,
  folder: string,
  file: string,
  label: string,
): Promise<void> {
  const issue = await unexpectedKind(disk, file, label, 'file')
  if (issue)
    throw new CuratorError(
      'VALIDATION',
      `The dataset in ${folder} cannot be opened: ${issue.message}`,
      [issue],
      folder,
    )
}
