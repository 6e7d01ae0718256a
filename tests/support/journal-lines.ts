import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Site } from '@shared/domain'
import { readKind } from './dataset-files'

/** A journal line as the store writes it (JSON, a tab, a checksum), from any JSON text at all. */
export function journalLine(json: string): string {
  return `${json}\t${createHash('sha256').update(json).digest('hex').slice(0, 16)}\n`
}

/** A site of the sample, read from its shard. */
export async function sampleSite(folder: string, id: string): Promise<Site> {
  return (await readKind(folder, 'site')).find((s) => s.id === id) as Site
}

/** An event as the store makes it, with the fields in its order. */
export function journalEvent<C = unknown>(seq: number, changes: C, extra: Record<string, unknown> = {}) {
  return {
    seq,
    op: 'do' as const,
    commandId: `cmd-${seq}`,
    label: `edit ${seq}`,
    at: '2026-01-02T03:04:05.000Z',
    author: 'test',
    changes,
    ...extra,
  }
}

/** An event's JSON as the store writes it. */
export function eventJson(seq: number, changes: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(journalEvent(seq, changes, extra))
}

/** A rename of one of the sample's sites, as an event. */
export async function renameEvent(folder: string, seq: number, id: string, en: string): Promise<string> {
  const site = await sampleSite(folder, id)
  const after = { ...site, name: { ...site.name, en } }
  return eventJson(seq, [{ kind: 'site', id, before: site, after }])
}

/** Writes `.curator/journal.jsonl` (and no state.json: nothing compacted) from whole lines or raw text. */
export async function writeJournal(folder: string, text: string): Promise<string> {
  await mkdir(path.join(folder, '.curator'), { recursive: true })
  const file = path.join(folder, '.curator', 'journal.jsonl')
  await writeFile(file, text)
  return file
}
