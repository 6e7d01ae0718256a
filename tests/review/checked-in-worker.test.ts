import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DatasetEvent, FacetCounts, Page, ProblemsPage, SiteRow } from '@shared/domain'
import type { ExportResult } from '@shared/exchange'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { nodeDisk } from '../../src/main/dataset/fs/disk'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { checkFolder } from '../../src/main/dataset/check-folder'
import { sampleWithProblems } from '../support/problem-dataset'
import { FIXED_NOW, sampleServices, tempDir } from '../support/temp-dataset'

const validators = createSchemaValidators()

/** Main's services over a dataset counted as large: its deep check ends only when `finish` is called. */
async function largeDataset() {
  const datasetPath = await sampleWithProblems()
  let finish = () => {}
  const gate = new Promise<void>((resolve) => (finish = resolve))
  const events: DatasetEvent[] = []
  const services = await sampleServices({
    datasetPath,
    onEvent: (event) => events.push(event),
    store: {
      deepCheckInWorkerAbove: 0,
      deepCheck: async (folder) => {
        await gate
        return checkFolder(folder, validators, nodeDisk)
      },
    },
  })
  return { ...services, datasetPath, events, finish }
}

const issuesFacet = async (call: <T>(method: string, ...args: unknown[]) => Promise<T>) =>
  (await call<Page<SiteRow> & { facets: FacetCounts }>('queryRecords', 'site', { limit: 50 })).facets.issues

describe('a large dataset, whose every issue is found in the deep check off the main thread', () => {
  it('answers the first site query before the check ends, and fills the "has issues" facet in after', async () => {
    const { call, events, finish } = await largeDataset()
    const first = await call<Page<SiteRow>>('queryRecords', 'site', { limit: 50 })
    expect(first.rows).toHaveLength(50)
    expect(await issuesFacet(call)).toEqual([])
    const listed = call<ProblemsPage>('listProblems', { includeAcknowledged: true })
    finish()
    const problems = await listed
    expect(events).toContainEqual({ type: 'checked' })
    const facet = await issuesFacet(call)
    expect(facet.map((f) => f.value).sort()).toEqual(['none', 'suggestion', 'warning'])
    const warned = facet.find((f) => f.value === 'warning')?.count ?? 0
    const sitesWarned = new Set(
      problems.rows
        .filter((p) => p.record.kind === 'site' && p.severity === 'warning' && !p.acknowledged)
        .map((p) => p.record.id),
    )
    expect(warned).toBeGreaterThan(0)
    expect(warned).toBe(sitesWarned.size)
    expect(problems.bySeverity.error).toBe(1)
  })

  it('exports through the problems index the very bytes a gate that checks everything writes', async () => {
    const { call, datasetPath, finish, dialogs } = await largeDataset()
    finish()
    for (const format of ['csv', 'json'] as const) {
      const viaIndex = await tempDir()
      dialogs.folders.push(viaIndex)
      const result = await call<ExportResult>('exportDataset', { format })
      expect(result.excluded.map((e) => e.id)).toContain('unesco-world-heritage-list-2024')
      const store = await DatasetStore.open(datasetPath, validators, { readOnly: true })
      const checked = await tempDir()
      const input = {
        manifest: store.manifest,
        records: store.snapshot(),
        validators,
        clock: () => FIXED_NOW,
      }
      await exportDataset(input, { format, folder: checked })
      await store.close()
      const names = (await readdir(checked)).sort()
      expect((await readdir(viaIndex)).sort()).toEqual(names)
      for (const name of names)
        expect(await readFile(path.join(viaIndex, name), 'utf8')).toBe(
          await readFile(path.join(checked, name), 'utf8'),
        )
    }
  })
})
