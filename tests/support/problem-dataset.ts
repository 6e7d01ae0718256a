import type { Site, Source, Statement } from '@shared/domain'
import { editKind } from './dataset-files'
import { copySample } from './temp-dataset'

/** The sample with problems of every severity that still leave its files sound (rule findings). */
export async function sampleWithProblems(): Promise<string> {
  const folder = await copySample()
  await editKind(folder, 'site', (sites) => {
    const [first, second, third] = sites as [Site, Site, Site]
    delete first.location // warning: no coordinates
    second.statesParties = [] // warnings: no state party (and the borders rule has nothing to go by)
    third.location = { latitude: -33.9, longitude: 151.2 } // warning: a point in Sydney for a Chinese site
    Object.assign(third, {
      acknowledgements: [{ rule: 'site.coordinates-in-borders', reason: 'Checked', by: 'Ann', at: AT }],
    })
  })
  await editKind(folder, 'source', (sources) => {
    ;(sources[0] as Source).URL = 'ftp://whc.unesco.org/en/list' // error: not a web URL
  })
  await editKind(folder, 'statement', (statements) => {
    ;(statements[1] as Statement).references = [] // warning: citation needed
  })
  return folder
}

const AT = '2026-01-01T00:00:00.000Z'
