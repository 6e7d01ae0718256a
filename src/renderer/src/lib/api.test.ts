import { afterEach, describe, expect, it } from 'vitest'
import { API_METHODS, type ApiMethod } from '@shared/api'
import { createApiObject } from '@shared/api-object'
import type { Result } from '@shared/result'
import { api, ApiCallError } from './api'

const page = globalThis as unknown as { window?: unknown }

/** A window.api as the preload builds it, over a fake main that records each call. */
function installApi(answer: (method: ApiMethod, args: unknown[]) => Result<unknown>) {
  const calls: [ApiMethod, unknown[]][] = []
  const windowApi = createApiObject(
    async (method, args) => {
      calls.push([method, args])
      return answer(method, args)
    },
    () => () => undefined,
  )
  page.window = { api: windowApi }
  return calls
}

afterEach(() => {
  delete page.window
})

describe('the renderer gateway (lib/api.ts)', () => {
  it('has every call of the contract, and unwraps its answer', async () => {
    installApi((method) => ({ ok: true, value: method }))
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort())
    expect(await api.getRecord('site', 'whc-440')).toBe('getRecord')
  })

  it('throws a failed answer as ApiCallError, with its code and issues', async () => {
    const issue = { path: '/name', message: 'Required.', rule: 'schema.required', severity: 'error' as const }
    installApi(() => ({ ok: false, error: { code: 'VALIDATION', message: 'No.', issues: [issue] } }))
    const failure = await api.saveRecord('site', {} as never).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiCallError)
    expect(failure).toMatchObject({ code: 'VALIDATION', message: 'No.', issues: [issue] })
  })

  it('drops what a caller passes past a call’s own arguments (React Query’s context)', async () => {
    const calls = installApi(() => ({ ok: true, value: null }))
    const asQueryFn = api.getUndoState as unknown as (context: object) => Promise<unknown>
    await asQueryFn({ queryKey: ['dataset', 'undo-state'] })
    await (api.getCoverage as unknown as (...a: unknown[]) => Promise<unknown>)(undefined, { extra: 1 })
    expect(calls).toEqual([
      ['getUndoState', []],
      ['getCoverage', []],
    ])
  })

  it('answers INTERNAL when there is no bridge at all', async () => {
    await expect(api.getDatasetInfo()).rejects.toMatchObject({ code: 'INTERNAL' })
  })
})
