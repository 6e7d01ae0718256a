import { constants } from 'node:fs'
import path from 'node:path'
import { link, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises'
import { type FileKind, kindOf, openRegularFile } from './safe-open'

export type { FileKind } from './safe-open'

/** An open file that can be written and made durable. */
export interface DiskFile {
  write(data: string): Promise<void>
  /** fsync: the bytes written so far survive a power cut once this resolves. */
  sync(): Promise<void>
  close(): Promise<void>
}

/** A file read forward in pieces: each read fills `into` from `offset` and answers the bytes read (0 at the end). */
export interface ByteReader {
  read(into: Buffer, offset: number, length: number): Promise<number>
  close(): Promise<void>
}

/** One name in a folder, and what it is: a symbolic link is a link, whatever it points at. */
export interface FolderEntry {
  name: string
  type: 'file' | 'folder' | 'link' | 'other'
}

/**
 * The file-system operations the dataset needs, and nothing more. Production uses the real
 * disk (`nodeDisk`); tests inject one that fails or loses unsynced writes on purpose. Every
 * file is opened without following a symbolic link and refused unless it is a regular file.
 */
export interface Disk {
  readFile(file: string): Promise<string>
  /** The file's bytes, undecoded (optional: `readBytes` falls back to `readFile`). */
  readBytes?(file: string): Promise<Buffer>
  /** Opens a file to read it a chunk at a time (optional: `openReader` falls back to `readBytes`). */
  openReader?(file: string): Promise<ByteReader>
  /** 'w' truncates or creates; 'a' appends; 'wx' creates and fails with EEXIST when the file exists. */
  open(file: string, mode: 'w' | 'a' | 'wx'): Promise<DiskFile>
  rename(from: string, to: string): Promise<void>
  /** A second name for a file (a hard link); fails where the file system has none. */
  link(existing: string, newName: string): Promise<void>
  unlink(file: string): Promise<void>
  mkdir(folder: string): Promise<void>
  readdir(folder: string): Promise<string[]>
  /** A folder's entries with what each is, links not followed (optional: `entriesOf` falls back to `readdir`). */
  entries?(folder: string): Promise<FolderEntry[]>
  size(file: string): Promise<number>
  /** What the name is, without following a link: lstat. */
  kind(file: string): Promise<FileKind>
  removeTree(folder: string): Promise<void>
  /** Cuts a file to a length and fsyncs it. */
  truncate(file: string, length: number): Promise<void>
  /** fsync on a folder: a rename or a new name inside it survives a power cut once this resolves. */
  syncFolder(folder: string): Promise<void>
}

async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await openRegularFile(file, 'r')
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

export const nodeDisk: Disk = {
  readFile: async (file) => (await readRegularFile(file)).toString('utf8'),
  readBytes: (file) => readRegularFile(file),
  async openReader(file) {
    const handle = await openRegularFile(file, 'r')
    return {
      read: async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead,
      close: () => handle.close(),
    }
  },
  async open(file, mode) {
    const handle = await openRegularFile(file, mode)
    return {
      write: async (data) => void (await handle.write(data)),
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  rename: (from, to) => rename(from, to),
  link: (existing, newName) => link(existing, newName),
  unlink: (file) => unlink(file),
  async mkdir(folder) {
    try {
      await mkdir(folder, { recursive: true })
    } catch (error) {
      // A recursive mkdir says ENOENT on a read-only file system; a plain one names the cause (EROFS).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      await mkdir(folder)
    }
  },
  readdir: (folder) => readdir(folder),
  entries: async (folder) =>
    (await readdir(folder, { withFileTypes: true })).map((entry) => ({
      name: entry.name,
      type: entry.isFile()
        ? 'file'
        : entry.isDirectory()
          ? 'folder'
          : entry.isSymbolicLink()
            ? 'link'
            : 'other',
    })),
  size: async (file) => (await stat(file)).size,
  kind: (file) => kindOf(file),
  removeTree: (folder) => rm(folder, { recursive: true, force: true }),
  async truncate(file, length) {
    const handle = await openRegularFile(file, 'r+')
    try {
      await handle.truncate(length)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  async syncFolder(folder) {
    // Windows cannot open a folder for fsync; NTFS journals renames itself.
    if (process.platform === 'win32') return
    const handle = await open(folder, constants.O_RDONLY)
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
}

/** A file's bytes, from a disk that may only give text. */
export async function readBytes(disk: Disk, file: string): Promise<Buffer> {
  return disk.readBytes ? disk.readBytes(file) : Buffer.from(await disk.readFile(file))
}

/** A file to read a chunk at a time, from a disk that may only give it whole. */
export async function openReader(disk: Disk, file: string): Promise<ByteReader> {
  if (disk.openReader) return disk.openReader(file)
  const bytes = await readBytes(disk, file)
  let at = 0
  return {
    read: async (into, offset, length) => {
      const count = bytes.copy(into, offset, at, Math.min(bytes.length, at + length))
      at += count
      return count
    },
    close: async () => undefined,
  }
}

/** A folder's entries with their types, from a disk that may only give names (a folder is one that lists). */
export async function entriesOf(disk: Disk, folder: string): Promise<FolderEntry[]> {
  if (disk.entries) return disk.entries(folder)
  const names = await disk.readdir(folder)
  const isFolder = (name: string) =>
    disk.readdir(path.join(folder, name)).then(
      () => true,
      () => false,
    )
  return Promise.all(names.map(async (name) => ({ name, type: (await isFolder(name)) ? 'folder' : 'file' })))
}
