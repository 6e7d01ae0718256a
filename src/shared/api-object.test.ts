import { describe, expect, it } from 'vitest'
import { API_METHODS } from './api'
import { createApiObject } from './api-object'
import type { DatasetEvent } from './domain'

describe('createApiObject (the preload and the e2e bridge build window.api with it)', () => {
  it('exposes exactly the contract: one function per call, and the event subscription', () => {
    const api = createApiObject(
      async () => ({ ok: true, value: null }),
      () => () => undefined,
    )
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onDatasetEvent'].sort())
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends each call under its own name, with trailing omitted arguments dropped', async () => {
    const calls: unknown[] = []
    const api = createApiObject(
      async (method, args) => {
        calls.push([method, args])
        return { ok: true, value: method }
      },
      () => () => undefined,
    )
    expect(await api.getRecord('site', 'whc-440')).toEqual({ ok: true, value: 'getRecord' })
    await api.openDataset(undefined, { readOnly: true })
    await api.deleteRecord('source', 'src-1', undefined)
    await api.getCoverage()
    expect(calls).toEqual([
      ['getRecord', ['site', 'whc-440']],
      ['openDataset', [undefined, { readOnly: true }]],
      ['deleteRecord', ['source', 'src-1']],
      ['getCoverage', []],
    ])
  })

  it('hands onDatasetEvent to the transport’s subscription and returns its unsubscribe', () => {
    const received: DatasetEvent[] = []
    let subscribed: ((event: DatasetEvent) => void) | undefined
    const api = createApiObject(
      async () => ({ ok: true, value: null }),
      (listener) => {
        subscribed = listener
        return () => (subscribed = undefined)
      },
    )
    const unsubscribe = api.onDatasetEvent((event) => received.push(event))
    subscribed?.({ type: 'checked' })
    unsubscribe()
    expect(received).toEqual([{ type: 'checked' }])
    expect(subscribed).toBeUndefined()
  })
})
