import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { API_METHODS } from '@shared/channels'
import { sampleServices, snapshotFolder } from '../../../tests/support/temp-dataset'
import { checkArguments } from './arguments'
import { createDispatch, type ApiHandlers } from './dispatch'

describe('the IPC door', () => {
  it('refuses unknown methods and malformed arguments before any handler runs', async () => {
    const { dispatch } = await sampleServices()
    const refused = [
      ['deleteEverything', []],
      ['getRecord', ['site']],
      ['getRecord', ['planet', 'x']],
      ['queryRecords', ['site', { limit: 0 }]],
      ['queryRecords', ['site', { search: 'a', extra: 1 }]],
      ['getDatasetInfo', ['surplus']],
      ['saveRecord', ['site', 'not an object']],
      ['openExternal', [42]],
    ] as const
    for (const [method, args] of refused) {
      const result = await dispatch(method, args)
      expect(result, `${method} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    }
  })

  it('rejects prototype keys anywhere in the arguments', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const draft = JSON.parse(`{"name": {"en": "x", "${key}": {"polluted": true}}}`) as object
      const result = await dispatch('saveRecord', ['site', draft])
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ rule: 'ipc.hostile-key' }] },
      })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('refuses folder paths: main’s dialogs choose folders (tests/security/main-owns-paths.test.ts)', async () => {
    const { dispatch } = await sampleServices()
    for (const method of ['openDataset', 'saveDatasetAs']) {
      expect(await dispatch(method, ['some/folder'])).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    }
  })

  it('refuses arguments nested deeper than the limit', async () => {
    const { dispatch } = await sampleServices()
    let deep: object = {}
    for (let i = 0; i < 100; i += 1) deep = { a: deep }
    expect(await dispatch('saveRecord', ['site', deep])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
  })

  it('refuses an argument whose objects are shared (a DAG), before any handler runs', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    // 24 levels, each holding the next level twice: 2^24 paths through 24 objects (at 31 levels,
    // within the depth limit, a walk of the tree took minutes). Structured clone keeps sharing.
    let node: Record<string, unknown> = { en: 'x' }
    for (let i = 0; i < 24; i += 1) node = { a: node, b: node }
    const result = await dispatch('saveRecord', ['site', { name: { en: 'x' }, custom: node }])
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ rule: 'ipc.shared' }] },
    })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('refuses a cycle as a shared reference', async () => {
    const { dispatch } = await sampleServices()
    const draft: Record<string, unknown> = { name: { en: 'x' } }
    draft.self = draft
    expect(await dispatch('validateDraft', ['site', draft])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ rule: 'ipc.shared' }] },
    })
  })

  it('refuses arguments past the bounds on values and total size', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    const wide = {
      name: { en: 'x' },
      custom: Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, i])),
    }
    const long = { name: { en: 'x'.repeat(40 * 1024 * 1024) } }
    for (const draft of [wide, long]) {
      expect(await dispatch('saveRecord', ['site', draft])).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ rule: 'ipc.too-large' }] },
      })
    }
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('bounds array lengths in the argument schemas: a million row ids are refused', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `row-${i}`)
    const result = await dispatch('commitImport', ['preview-abc', rows])
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(checkArguments('commitImport', ['preview-abc', rows.slice(0, 200_001)])).toMatchObject([
      { rule: 'ipc.arguments', path: '/1' },
    ])
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('looks sort keys up as own properties: __proto__ is refused, not a crash', async () => {
    const { dispatch } = await sampleServices()
    for (const kind of ['site', 'source', 'statement']) {
      for (const sortBy of ['__proto__', 'constructor', 'toString']) {
        const result = await dispatch('queryRecords', [kind, { sortBy }])
        if (!result.ok) expect(result.error.code, `${kind} ${sortBy}`).toBe('VALIDATION')
      }
      expect(await dispatch('queryRecords', [kind, { sortBy: '__proto__' }])).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
      // A name on Object.prototype is not a column: the table's default order.
      expect((await dispatch('queryRecords', [kind, { sortBy: 'constructor' }])).ok).toBe(true)
    }
  })

  it('turns an unexpected failure into an INTERNAL answer instead of a crash', async () => {
    const handlers = Object.fromEntries(
      API_METHODS.map((m) => [m, async () => Promise.reject(new Error('boom'))]),
    ) as unknown as ApiHandlers
    const dispatch = createDispatch(handlers, () => undefined)
    expect(await dispatch('getDatasetInfo', [])).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'boom', issues: [] },
    })
  })

  it('answers random calls with a VALIDATION error or a value, never a throw, and writes nothing', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    // saveDatasetAs writes by design (a copy into a new folder); it has its own tests.
    const readers = API_METHODS.filter((m) => !['saveRecord', 'deleteRecord', 'saveDatasetAs'].includes(m))
    const method = fc.constantFrom(...readers)
    await fc.assert(
      fc.asyncProperty(method, fc.array(fc.anything(), { maxLength: 3 }), async (name, args) => {
        const result = await dispatch(name, args)
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok)
          expect(['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'IO']).toContain(result.error.code)
      }),
      { numRuns: 300 },
    )
    const writes = fc.constantFrom('saveRecord', 'deleteRecord')
    await fc.assert(
      fc.asyncProperty(writes, fc.array(fc.anything(), { maxLength: 3 }), async (name, args) => {
        const result = await dispatch(name, args)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })
})
