import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { createMainServices, type MainServicesOptions } from '../../src/main/services/main-services'

export const SAMPLE_DIR = path.resolve(import.meta.dirname, '../../data')
const made: string[] = []
const opened: { close(): Promise<void> }[] = []

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()))
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'hc-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A temp copy of the bundled sample dataset. */
export async function copySample(): Promise<string> {
  const dir = await tempDir('hc-sample-')
  await cp(SAMPLE_DIR, dir, { recursive: true })
  return dir
}

/** Every file below a folder with its bytes, to prove that nothing was written. */
export async function snapshotFolder(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
  files.sort()
  return new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'base64')] as const)),
  )
}

export const FIXED_NOW = new Date('2026-01-02T03:04:05.000Z')

/**
 * Main's services over a temp copy of the sample, with a fixed clock and predictable ids. Main's
 * dialogs answer from `dialogs` (push the folder or file the curator would pick; empty: cancelled),
 * as the e2e shell stub does: the renderer's side never names a path.
 */
export async function sampleServices(options: Partial<MainServicesOptions> = {}) {
  const datasetPath = options.datasetPath ?? (await copySample())
  let next = 0
  const dialogs = { folders: [] as (string | null)[], files: [] as (string | null)[] }
  const services = await createMainServices({
    datasetPath,
    clock: () => FIXED_NOW,
    newId: (kind) => `${kind}-test-${(next += 1)}`,
    pickFolder: async () => dialogs.folders.shift() ?? null,
    pickExportFolder: async () => dialogs.folders.shift() ?? null,
    pickFile: async () => dialogs.files.shift() ?? null,
    ...options,
  })
  /** Calls a method and returns the answer's value, failing the test on an error answer. */
  async function call<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    const result = await services.dispatch(method, args)
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`)
    return result.value as T
  }
  opened.push(services)
  return { datasetPath, services, call, dispatch: services.dispatch, dialogs }
}
