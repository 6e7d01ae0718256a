import { execFileSync } from 'node:child_process'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { SAMPLE_DIR, snapshotFolder, tempDir } from '../support/temp-dataset'
import { shardOfId } from '../support/dataset-files'

/** Mounting needs root (and a kernel that lets this container mount): elsewhere these tests skip. */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const mounted: string[] = []
afterEach(() => {
  for (const point of mounted.splice(0).reverse()) execFileSync('umount', [point])
})

function mount(args: string[], point: string): void {
  execFileSync('mount', [...args, point])
  mounted.push(point)
}

const validators = createSchemaValidators()

function rename(store: DatasetStore, en: string) {
  const site = store.get('site', 'whc-440') as Site
  return store.commit('rename', [
    { kind: 'site', id: site.id, before: site, after: { ...site, name: { ...site.name, en } } },
  ])
}

describe.skipIf(!canMount())('on a real full or read-only disk (root on Linux only)', () => {
  it('a full tmpfs: a clear message, files unchanged, and the edit goes through once space is freed', async () => {
    const point = await tempDir()
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], point)
    const folder = path.join(point, 'dataset')
    await cp(SAMPLE_DIR, folder, { recursive: true })
    const store = await DatasetStore.open(folder, validators, { compactAfterMs: 1e9 })
    const before = await snapshotFolder(folder)
    // Fill the disk to the last byte, so that the next journal line cannot be written.
    const filler = path.join(point, 'filler')
    await writeFile(filler, '')
    for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
      while (
        await writeFile(filler, Buffer.alloc(size), { flag: 'a' }).then(
          () => true,
          () => false,
        )
      );
    }
    const error = await rename(store, 'On a full disk').catch((e: Error) => e)
    expect((error as Error).message).toMatch(/is full: nothing was saved\. Free some space, then save again/)
    const mogao = shardOfId('site', 'whc-440')
    expect((await snapshotFolder(folder)).get(mogao)).toBe(before.get(mogao))
    expect(store.get('site', 'whc-440')?.name.en).toBe('Mogao Caves')
    await rm(filler)
    await rename(store, 'After freeing space')
    await store.close()
    const reopened = await DatasetStore.open(folder, validators)
    expect(reopened.get('site', 'whc-440')?.name.en).toBe('After freeing space')
    await reopened.close()
  })

  it('a read-only bind mount: the dataset opens read-only, saying why, and nothing is written', async () => {
    const source = await tempDir()
    await cp(SAMPLE_DIR, source, { recursive: true })
    const point = await tempDir()
    await mkdir(point, { recursive: true })
    mount(['--bind', source], point)
    execFileSync('mount', ['-o', 'remount,ro,bind', point])
    const store = await DatasetStore.open(point, validators)
    expect(store.readOnly).toBe(true)
    expect(store.readOnlyReason).toMatch(/cannot be written \(EROFS\): opened read-only/)
    await expect(rename(store, 'x')).rejects.toMatchObject({ code: 'READ_ONLY' })
    expect(await readFile(path.join(source, shardOfId('site', 'whc-440')), 'utf8')).toContain('Mogao Caves')
  })
})
