import os from 'node:os'
import { describe, expect, it } from 'vitest'
import type { Preferences, RecordVersion, Site } from '@shared/domain'
import { copySample, sampleServices, tempDir } from '../../../tests/support/temp-dataset'

describe('who edited: the curator’s name and e-mail', () => {
  it('has no name at first start, never the operating-system account, until the curator gives one', async () => {
    const userDataDir = await tempDir()
    const datasetPath = await copySample()
    const first = await sampleServices({ datasetPath, userDataDir })
    const fresh = await first.call<Preferences>('getPreferences')
    expect(fresh.curatorName).toBeUndefined()
    expect(JSON.stringify(fresh)).not.toContain(os.userInfo().username)

    await first.call('savePreferences', { curatorName: 'Lin Wei', curatorEmail: 'lin.wei@example.org' })
    const site = await first.call<Site>('getRecord', 'site', 'whc-440')
    await first.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Mogao Grottoes' } })
    const history = await first.call<RecordVersion[]>('getHistory', 'site', 'whc-440')
    expect(history[0]?.author).toBe('Lin Wei')
    await first.services.close()

    // After a restart: both kept, in the user data folder.
    const again = await sampleServices({ datasetPath, userDataDir })
    expect(await again.call<Preferences>('getPreferences')).toMatchObject({
      curatorName: 'Lin Wei',
      curatorEmail: 'lin.wei@example.org',
    })
    // An empty e-mail clears it; a malformed one or a blank name is refused.
    expect(await again.call<Preferences>('savePreferences', { curatorEmail: '' })).not.toHaveProperty(
      'curatorEmail',
    )
    for (const change of [{ curatorEmail: 'lin at example' }, { curatorName: '   ' }])
      expect(await again.dispatch('savePreferences', [change])).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
  })
})
