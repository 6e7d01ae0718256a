import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Disk, DiskFile, FileKind, FolderEntry } from '../../src/main/dataset/fs/disk'

interface Inode {
  data: string
  /** What survives a power cut: the data as of the last fsync. */
  synced: string
}

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code })
}

/**
 * A disk that models what a power cut keeps: file contents as of their last fsync, and folder
 * entries (creations, renames, deletions) as of their folder's last fsync. Faults are injected on
 * purpose: `failWhen` makes chosen operations throw (ENOSPC, EROFS, a power cut mid-commit).
 */
export class SimulatedDisk implements Disk {
  private names = new Map<string, Inode>()
  private durableNames = new Map<string, Inode>()
  private readonly folders = new Set<string>()
  /** Folder renames whose parent folder has not been fsynced: undone by a power cut. */
  private pendingFolderRenames: { from: string; to: string; replaced: boolean }[] = []
  /** Operations done so far that change the disk. */
  operations = 0
  failWhen: (op: string, file: string) => NodeJS.ErrnoException | undefined = () => undefined

  /** Loads a real folder's files (its subfolders' too: a dataset's kind folders) as fully durable content. */
  static async fromFolder(source: string, target: string): Promise<SimulatedDisk> {
    const disk = new SimulatedDisk()
    await disk.load(source, target)
    disk.durableNames = new Map(disk.names)
    return disk
  }

  private async load(source: string, target: string): Promise<void> {
    this.folders.add(target)
    for (const entry of await readdir(source, { withFileTypes: true })) {
      const from = path.join(source, entry.name)
      if (entry.isDirectory()) await this.load(from, path.join(target, entry.name))
      if (!entry.isFile()) continue
      const inode = { data: await readFile(from, 'utf8'), synced: '' }
      inode.synced = inode.data
      this.names.set(path.join(target, entry.name), inode)
    }
  }

  /** The power goes: everything not made durable is lost. */
  powerCut(): void {
    for (const { from, to, replaced } of this.pendingFolderRenames.reverse()) {
      this.moveFolders(to, from)
      if (replaced) this.folders.add(to)
    }
    this.pendingFolderRenames = []
    this.names = new Map(this.durableNames)
    for (const inode of this.names.values()) inode.data = inode.synced
    this.failWhen = () => undefined
  }

  files(): string[] {
    return [...this.names.keys()].sort()
  }

  private change(op: string, file: string): void {
    const fault = this.failWhen(op, file)
    this.operations += 1
    if (fault) throw fault
  }

  async readFile(file: string): Promise<string> {
    const inode = this.names.get(file)
    if (!inode) throw errno('ENOENT', file)
    return inode.data
  }

  async open(file: string, mode: 'w' | 'a' | 'wx'): Promise<DiskFile> {
    this.change(`open-${mode}`, file)
    if (!this.folders.has(path.dirname(file))) throw errno('ENOENT', path.dirname(file))
    let inode = this.names.get(file)
    if (inode && mode === 'wx') throw errno('EEXIST', file)
    if (!inode) {
      inode = { data: '', synced: '' }
      this.names.set(file, inode)
    } else if (mode === 'w') inode.data = ''
    const target = inode
    return {
      write: async (data) => {
        const fault = this.failWhen('write', file)
        this.operations += 1
        // A failing write may still have put part of its bytes in the file, as real disks do.
        if (fault) {
          target.data += data.slice(0, Math.floor(data.length / 2))
          throw fault
        }
        target.data += data
      },
      sync: async () => {
        this.change('fsync', file)
        target.synced = target.data
      },
      close: async () => undefined,
    }
  }

  private moveFolders(from: string, to: string): void {
    for (const f of [...this.folders]) {
      if (f !== from && !f.startsWith(`${from}/`)) continue
      this.folders.delete(f)
      this.folders.add(to + f.slice(from.length))
    }
  }

  private static moveNames(names: Map<string, Inode>, from: string, to: string): void {
    for (const [file, inode] of [...names]) {
      if (!file.startsWith(`${from}/`)) continue
      names.delete(file)
      names.set(to + file.slice(from.length), inode)
    }
  }

  /** A folder renamed (over a missing or empty one): durable once its parent folder is fsynced. */
  private async renameFolder(from: string, to: string): Promise<void> {
    const replaced = this.folders.has(to)
    if (replaced && (await this.readdir(to)).length > 0) throw errno('ENOTEMPTY', to)
    if (this.names.has(to)) throw errno('ENOTDIR', to)
    this.folders.delete(to)
    this.moveFolders(from, to)
    SimulatedDisk.moveNames(this.names, from, to)
    this.pendingFolderRenames.push({ from, to, replaced })
  }

  async rename(from: string, to: string): Promise<void> {
    this.change('rename', to)
    if (this.folders.has(from)) return this.renameFolder(from, to)
    const inode = this.names.get(from)
    if (!inode) throw errno('ENOENT', from)
    this.names.set(to, inode)
    this.names.delete(from)
  }

  async link(existing: string, newName: string): Promise<void> {
    this.change('link', newName)
    const inode = this.names.get(existing)
    if (!inode) throw errno('ENOENT', existing)
    if (this.names.has(newName)) throw errno('EEXIST', newName)
    this.names.set(newName, inode)
  }

  async unlink(file: string): Promise<void> {
    this.change('unlink', file)
    if (!this.names.delete(file)) throw errno('ENOENT', file)
  }

  async mkdir(folder: string): Promise<void> {
    this.change('mkdir', folder)
    for (let f = folder; f !== path.dirname(f); f = path.dirname(f)) this.folders.add(f)
  }

  async readdir(folder: string): Promise<string[]> {
    if (!this.folders.has(folder)) throw errno('ENOENT', folder)
    const inFolder = [...this.names.keys()]
      .filter((f) => path.dirname(f) === folder)
      .map((f) => path.basename(f))
    const subfolders = [...this.folders]
      .filter((f) => path.dirname(f) === folder)
      .map((f) => path.basename(f))
    return [...new Set([...inFolder, ...subfolders])]
  }

  async entries(folder: string): Promise<FolderEntry[]> {
    return (await this.readdir(folder)).map((name) => ({
      name,
      type: this.folders.has(path.join(folder, name)) ? 'folder' : 'file',
    }))
  }

  async size(file: string): Promise<number> {
    return Buffer.byteLength(await this.readFile(file))
  }

  async kind(file: string): Promise<FileKind> {
    if (this.names.has(file)) return 'file'
    return this.folders.has(file) ? 'folder' : 'missing'
  }

  async removeTree(folder: string): Promise<void> {
    this.change('rmtree', folder)
    for (const file of [...this.names.keys()]) if (file.startsWith(`${folder}/`)) this.names.delete(file)
    for (const f of [...this.folders]) if (f === folder || f.startsWith(`${folder}/`)) this.folders.delete(f)
  }

  async truncate(file: string, length: number): Promise<void> {
    this.change('truncate', file)
    const inode = this.names.get(file)
    if (!inode) throw errno('ENOENT', file)
    inode.data = inode.data.slice(0, length)
    inode.synced = inode.data
  }

  async syncFolder(folder: string): Promise<void> {
    this.change('fsync-folder', folder)
    for (const rename of this.pendingFolderRenames.filter((r) => path.dirname(r.to) === folder)) {
      SimulatedDisk.moveNames(this.durableNames, rename.from, rename.to)
      this.pendingFolderRenames.splice(this.pendingFolderRenames.indexOf(rename), 1)
    }
    for (const file of new Set([...this.names.keys(), ...this.durableNames.keys()])) {
      if (path.dirname(file) !== folder) continue
      const inode = this.names.get(file)
      if (inode) this.durableNames.set(file, inode)
      else this.durableNames.delete(file)
    }
  }
}
