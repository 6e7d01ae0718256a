import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Site, Source, Statement } from '../../src/shared/domain'
import { serializeRecordFile } from '../../src/main/dataset/canonical-json'
import { copySample } from './temp-dataset'

/** The sample with problems of every severity that still leave its files sound (rule findings). */
export async function sampleWithProblems(): Promise<string> {
  const folder = await copySample()
  await editRecords<Site>(folder, 'sites.json', (sites) => {
    const [first, second, third] = sites as [Site, Site, Site]
    delete first.location // warning: no coordinates
    second.statesParties = [] // warnings: no state party (and the borders rule has nothing to go by)
    third.location = { latitude: -33.9, longitude: 151.2 } // warning: a point in Sydney for a Chinese site
    Object.assign(third, {
      acknowledgements: [{ rule: 'site.coordinates-in-borders', reason: 'Checked', by: 'Ann', at: AT }],
    })
  })
  await editRecords<Source>(folder, 'sources.json', (sources) => {
    ;(sources[0] as Source).URL = 'ftp://whc.unesco.org/en/list' // error: not a web URL
  })
  await editRecords<Statement>(folder, 'statements.json', (statements) => {
    ;(statements[1] as Statement).references = [] // warning: citation needed
  })
  return folder
}

const AT = '2026-01-01T00:00:00.000Z'

export async function editRecords<R extends { id: string }>(
  folder: string,
  file: string,
  change: (records: R[]) => void,
) {
  const full = path.join(folder, file)
  const data = JSON.parse(await readFile(full, 'utf8')) as { records: R[] }
  change(data.records)
  await writeFile(full, serializeRecordFile(data))
}
