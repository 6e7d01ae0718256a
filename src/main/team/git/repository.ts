/**
 * One git repository: its object database, its refs, and trees read and edited path by path.
 * `dir` is the work tree (the dataset folder); `gitdir` its `.git` (or the folder itself, bare).
 */
import { lstat } from 'node:fs/promises'
import fs from 'node:fs'
import path from 'node:path'
import git from 'isomorphic-git'
import { CuratorError } from '../../dataset/errors'
import {
  type CommitObject,
  FILE_MODE,
  parseCommit,
  parseTree,
  serializeCommit,
  serializeTree,
  TREE_MODE,
  type TreeEntry,
} from './codecs'
import { ObjectStore } from './objects'
import { compareAndSwapRef, headBranchRef, readRef } from './refs'

export class Repository {
  readonly objects: ObjectStore
  private readonly trees = new Map<string, TreeEntry[]>()

  constructor(
    readonly dir: string,
    readonly gitdir: string = path.join(dir, '.git'),
  ) {
    this.objects = new ObjectStore(gitdir)
  }

  /** Makes a new repository (branch `main`) in a folder; a bare one for a shared folder. */
  static async init(dir: string, options: { bare?: boolean } = {}): Promise<Repository> {
    await git.init({ fs, dir, bare: options.bare ?? false, defaultBranch: 'main' })
    return options.bare ? new Repository(dir, dir) : new Repository(dir)
  }

  /** The repository of a dataset folder; refuses a folder that is not one (or a `.git` that is a link). */
  static async open(dir: string): Promise<Repository> {
    const gitdir = path.join(dir, '.git')
    const info = await lstat(gitdir).catch(() => undefined)
    if (!info?.isDirectory())
      throw new CuratorError('NOT_FOUND', `${dir} is not a git repository (run heritage-curator init --git).`)
    return new Repository(dir, gitdir)
  }

  /** The branch checked out (`refs/heads/main`). */
  branchRef(): Promise<string> {
    return headBranchRef(this.gitdir)
  }

  async branch(): Promise<string> {
    return (await this.branchRef()).replace(/^refs\/heads\//, '')
  }

  /** The commit checked out; undefined before the first commit. */
  head(): Promise<string | undefined> {
    return readRef(this.gitdir, 'HEAD')
  }

  readRef(name: string): Promise<string | undefined> {
    return readRef(this.gitdir, name)
  }

  /** Moves a ref after making every object it needs durable; refused when it moved meanwhile. */
  async moveRef(name: string, oid: string, expected: string | undefined): Promise<void> {
    await this.objects.sync()
    await compareAndSwapRef(this.gitdir, name, oid, expected)
  }

  async readCommit(oid: string): Promise<CommitObject> {
    return parseCommit(await this.objects.readTyped(oid, 'commit'))
  }

  writeCommit(commit: CommitObject): Promise<string> {
    return this.objects.write('commit', serializeCommit(commit))
  }

  async treeOf(commit: string | undefined): Promise<string | undefined> {
    return commit === undefined ? undefined : (await this.readCommit(commit)).tree
  }

  async treeEntries(oid: string): Promise<TreeEntry[]> {
    const cached = this.trees.get(oid)
    if (cached) return cached
    const entries = parseTree(await this.objects.readTyped(oid, 'tree'))
    this.trees.set(oid, entries)
    if (this.trees.size > 2048) this.trees.delete(this.trees.keys().next().value as string)
    return entries
  }

  /** Every file of a tree, by path (`sites/3f.json`), with its blob id. */
  async flatTree(oid: string | undefined, prefix = ''): Promise<Map<string, string>> {
    const files = new Map<string, string>()
    if (oid === undefined) return files
    for (const entry of await this.treeEntries(oid)) {
      const name = `${prefix}${entry.name}`
      if (entry.mode === TREE_MODE)
        for (const [p, o] of await this.flatTree(entry.oid, `${name}/`)) files.set(p, o)
      else files.set(name, entry.oid)
    }
    return files
  }

  /** The blob at a path of a tree, or undefined. */
  async blobAt(tree: string | undefined, filePath: string): Promise<string | undefined> {
    let current = tree
    const parts = filePath.split('/')
    for (const [i, part] of parts.entries()) {
      if (current === undefined) return undefined
      const entry = (await this.treeEntries(current)).find((e) => e.name === part)
      if (!entry || (entry.mode === TREE_MODE) !== i < parts.length - 1) return undefined
      current = entry.oid
    }
    return current
  }

  async readBlob(blob: string | undefined): Promise<Buffer | null> {
    return blob === undefined ? null : this.objects.readTyped(blob, 'blob')
  }

  async readText(blob: string | undefined): Promise<string | null> {
    return blob === undefined ? null : (await this.objects.readTyped(blob, 'blob')).toString('utf8')
  }

  /**
   * A tree like `base` with some files changed (path → blob id) or removed (path → null),
   * writing only the trees along the changed paths: the engine never rebuilds a whole tree.
   */
  async editTree(base: string | undefined, changes: Map<string, string | null>): Promise<string> {
    const entries = new Map((base ? await this.treeEntries(base) : []).map((e) => [e.name, e]))
    const below = new Map<string, Map<string, string | null>>()
    for (const [filePath, oid] of changes) {
      const slash = filePath.indexOf('/')
      if (slash < 0) {
        if (oid === null) entries.delete(filePath)
        else entries.set(filePath, { mode: FILE_MODE, name: filePath, oid })
        continue
      }
      const folder = filePath.slice(0, slash)
      if (!below.has(folder)) below.set(folder, new Map())
      below.get(folder)?.set(filePath.slice(slash + 1), oid)
    }
    for (const [folder, inner] of below) {
      const current = entries.get(folder)
      const subtree = await this.editTree(current?.mode === TREE_MODE ? current.oid : undefined, inner)
      if ((await this.treeEntries(subtree)).length === 0) entries.delete(folder)
      else entries.set(folder, { mode: TREE_MODE, name: folder, oid: subtree })
    }
    return this.objects.write('tree', serializeTree([...entries.values()]))
  }

  /** Is `ancestor` reachable from `descendant` (or the same)? */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.ancestors(descendant, (oid) => oid === ancestor)).has(ancestor)
  }

  /** Every commit reachable from `start`; the walk stops early when `stop` says so. */
  async ancestors(
    start: string | undefined,
    stop: (oid: string) => boolean = () => false,
  ): Promise<Set<string>> {
    const seen = new Set<string>()
    const queue = start ? [start] : []
    while (queue.length > 0) {
      const oid = queue.pop() as string
      if (seen.has(oid)) continue
      seen.add(oid)
      if (stop(oid)) break
      queue.push(...(await this.readCommit(oid)).parents)
    }
    return seen
  }

  /** The nearest common ancestor of two commits (for linear histories, the fork point). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const fromA = await this.ancestors(a)
    const queue = [b]
    const seen = new Set<string>()
    while (queue.length > 0) {
      const oid = queue.shift() as string
      if (fromA.has(oid)) return oid
      if (seen.has(oid)) continue
      seen.add(oid)
      queue.push(...(await this.readCommit(oid)).parents)
    }
    return undefined
  }
}
