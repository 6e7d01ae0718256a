import { describe, expect, it } from 'vitest'
import type { Property } from '@shared/domain'
import { sampleServices, snapshotFolder } from '../../../tests/support/temp-dataset'

const visitors: Property = {
  id: 'annual-visitors',
  label: { en: 'annual visitors', zh: '年游客量' },
  datatype: 'quantity',
  subjects: ['site'],
  expectsPointInTime: true,
  constraints: [{ type: 'range', severity: 'warning', minimum: 0 }],
}

describe('the property registry, edited through the API', () => {
  it('keeps a property’s datatype while statements use it, and says how many do', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    await call('saveRecord', 'property', visitors)
    // Unused: the datatype may still change.
    await call('saveRecord', 'property', { ...visitors, datatype: 'string' })
    await call('saveRecord', 'property', visitors)
    await call('saveRecord', 'statement', {
      subject: { kind: 'site', id: 'whc-440' },
      property: visitors.id,
      value: { type: 'quantity', amount: 2_000_000 },
      qualifiers: [{ property: 'point-in-time', value: { type: 'time', time: '+2023', precision: 'year' } }],
      references: [],
      rank: 'normal',
      status: 'draft',
    })
    const usage = await call<Record<string, number>>('propertyUsage')
    expect(usage[visitors.id]).toBe(1)
    expect(usage['point-in-time']).toBeGreaterThan(1)
    await call('saveRecord', 'property', { ...visitors, label: { ...visitors.label, en: 'visitors a year' } })
    const before = await snapshotFolder(datasetPath)
    expect(await dispatch('saveRecord', ['property', { ...visitors, datatype: 'string' }])).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: '/datatype', rule: 'property.datatype-in-use', params: { count: 1 } }],
      },
    })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
    // Retiring keeps it, and its statements keep their meaning.
    const { record: retired } = await call<{ record: Property }>('saveRecord', 'property', {
      ...visitors,
      retired: true,
    })
    expect(retired.retired).toBe(true)
    expect(await dispatch('deleteRecord', ['property', visitors.id])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })
})
