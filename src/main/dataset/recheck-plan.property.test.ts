/**
 * The partial re-check finds exactly what a whole check finds: random small datasets (files plus
 * a journal's commits over them), checked once; then random edits across shards (sites deleted
 * under their statements, sources deleted under their references, UNESCO ids and register ids
 * made to collide, statements moved to another subject, new records, commits in the journal),
 * checked again in part from the first check's reads, as the next open does.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Manifest, Property, RecordOf, Site, Source, Statement } from '@shared/domain'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { hashText } from './file-hashes'
import { namerFor } from './record-checks'
import { serializeDataset } from './shard-files'
import { createSchemaValidators } from '../validation/ajv'
import type { ShardReads } from '../validation/check-reads'
import { checkHeldRecords, type HeldRecords, issuesKey } from '../validation/check-records'
import { UniquenessIndex } from '../validation/constraints/uniqueness-index'
import { journalFilesOf, planRecheck } from './recheck-plan'
import { registerIdProperty as registerId } from '../../../tests/support/records'

const validators = createSchemaValidators()
const DATA = path.resolve(import.meta.dirname, '../../../data')
const manifest = JSON.parse(readFileSync(path.join(DATA, 'dataset.json'), 'utf8')) as Manifest
const recordsOf = <R>(folder: string, shard: string) =>
  (JSON.parse(readFileSync(path.join(DATA, folder, shard), 'utf8')) as { records: R[] }).records
const AT = '2024-07-31T00:00:00.000Z'

const CODES: Record<RecordKind, string> = { site: 's', source: 'o', property: 'p', statement: 't' }
const refOf = (kind: RecordKind, id: string) => CODES[kind] + id

const SITE_IDS = ['whc-1', 'whc-2', 'whc-3', 'whc-4', 'whc-5', 'whc-6']
const SOURCE_IDS = ['src-a', 'src-b', 'src-c']
const STATEMENT_IDS = Array.from({ length: 10 }, (_, i) => `stmt-${i}`)
const properties: Property[] = [
  ...readdirSync(path.join(DATA, 'properties')).flatMap((shard) => recordsOf<Property>('properties', shard)),
  registerId,
]

const site = (id: string, unescoId: number, name: number, year: number): Site => ({
  id,
  category: 'natural',
  createdAt: AT,
  criteria: ['viii'],
  inDanger: false,
  location: { latitude: 24.6, longitude: 102.9 },
  name: { en: `Site ${name}`, zh: `遗址 ${name}` },
  regions: ['Asia and the Pacific'],
  statesParties: ['CN'],
  status: 'approved',
  transboundary: false,
  unescoId,
  updatedAt: AT,
  yearInscribed: year,
})
const source = (id: string, url: number): Source => ({
  id,
  createdAt: AT,
  status: 'approved',
  title: `Source ${id}`,
  type: 'webpage',
  URL: `https://example.org/${url}`,
  updatedAt: AT,
})
const POINT_IN_TIME = {
  property: 'point-in-time',
  value: { type: 'time', time: '+2002-06-11', precision: 'day' },
}
function statement(id: string, shape: { subject: string; kind: number; amount: number; source: string }) {
  const base = { id, createdAt: AT, updatedAt: AT, status: 'approved', rank: 'normal', qualifiers: [] }
  const references = [{ source: shape.source }]
  if (shape.kind === 0)
    // Counts the sites of a country: goes through all sites.
    return {
      ...base,
      subject: { kind: 'country', code: 'CN' },
      property: 'world-heritage-site-count',
      value: { type: 'quantity', amount: shape.amount },
      qualifiers: [POINT_IN_TIME],
      references,
    } as unknown as Statement
  return {
    ...base,
    subject: { kind: 'site', id: shape.subject },
    property: shape.kind === 1 ? registerId.id : 'alternative-name',
    value:
      shape.kind === 1
        ? { type: 'string', text: `R-${shape.amount}` }
        : { type: 'monolingual', text: `Name ${shape.amount}`, language: 'en' },
    references,
  } as unknown as Statement
}

type Slots = Map<string, RecordOf[RecordKind] | null>
const siteArb = (id: string) =>
  fc
    .record({
      unesco: fc.integer({ min: 1, max: 4 }),
      name: fc.nat(2),
      year: fc.integer({ min: 2000, max: 2003 }),
    })
    .map((s) => site(id, s.unesco, s.name, s.year))
const sourceArb = (id: string) => fc.integer({ min: 1, max: 3 }).map((url) => source(id, url))
const statementArb = (id: string) =>
  fc
    .record({
      subject: fc.constantFrom(...SITE_IDS),
      kind: fc.nat(2),
      amount: fc.integer({ min: 1, max: 3 }),
      source: fc.constantFrom(...SOURCE_IDS),
    })
    .map((shape) => statement(id, shape))
const SLOT_ARBS: [string, fc.Arbitrary<RecordOf[RecordKind]>][] = [
  ...SITE_IDS.map((id) => [refOf('site', id), siteArb(id)] as [string, fc.Arbitrary<RecordOf[RecordKind]>]),
  ...SOURCE_IDS.map(
    (id) => [refOf('source', id), sourceArb(id)] as [string, fc.Arbitrary<RecordOf[RecordKind]>],
  ),
  ...STATEMENT_IDS.map(
    (id) => [refOf('statement', id), statementArb(id)] as [string, fc.Arbitrary<RecordOf[RecordKind]>],
  ),
]
const slot = (arb: fc.Arbitrary<RecordOf[RecordKind]>) => fc.option(arb, { nil: null, freq: 4 })
const slotsArb: fc.Arbitrary<Slots> = fc
  .tuple(...SLOT_ARBS.map(([, arb]) => slot(arb)))
  .map((values) => new Map(SLOT_ARBS.map(([ref], i) => [ref, values[i] ?? null])))
/** The same slots, a few of them changed (a record edited, added or deleted). */
const editOf = (slots: Slots): fc.Arbitrary<Slots> =>
  fc
    .tuple(
      ...SLOT_ARBS.map(([ref, arb]) =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(slots.get(ref) ?? null) },
          { weight: 1, arbitrary: slot(arb) },
        ),
      ),
    )
    .map((values) => new Map(SLOT_ARBS.map(([ref], i) => [ref, values[i] ?? null])))
/** Commits in the journal over the files: some records in another version, or deleted. */
const journalArb: fc.Arbitrary<Slots> = fc
  .subarray(SLOT_ARBS)
  .chain((picked) =>
    fc
      .tuple(...picked.map(([, arb]) => slot(arb)))
      .map((values) => new Map(picked.map(([ref], i) => [ref, values[i] ?? null]))),
  )

interface State {
  files: Slots
  journal: Slots
}
const KIND_OF: Record<string, RecordKind> = { s: 'site', o: 'source', t: 'statement' }

function held(state: State): HeldRecords {
  const maps = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Map<string, RecordOf[RecordKind]>()]))
  for (const p of properties) maps.property?.set(p.id, p)
  for (const [ref, record] of [...state.files, ...state.journal]) {
    const kind = KIND_OF[ref[0] as string] as RecordKind
    if (record) maps[kind]?.set(ref.slice(1), record)
    else maps[kind]?.delete(ref.slice(1))
  }
  return {
    manifest,
    get: (kind, id) => maps[kind]?.get(id) as never,
    all: (kind) => (maps[kind]?.values() ?? []) as never,
  }
}

/** The files the journal's commits touched: each record's version in the files and in the journal. */
function journalFiles(state: State, fileOf: ReturnType<typeof namerFor>): string[] {
  const changes = [...state.journal].map(([ref, after]) => ({
    kind: KIND_OF[ref[0] as string] as RecordKind,
    id: ref.slice(1),
    before: state.files.get(ref) ?? null,
    after,
  }))
  return journalFilesOf(changes, fileOf)
}

function fileHashes(state: State): Map<string, string> {
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as { id: string }[]])) as never as Record<
    RecordKind,
    { id: string }[]
  >
  records.property.push(...properties)
  for (const [ref, record] of state.files)
    if (record) records[KIND_OF[ref[0] as string] as RecordKind].push(record)
  for (const kind of RECORD_KINDS) records[kind].sort((a, b) => (a.id < b.id ? -1 : 1))
  return new Map([...serializeDataset(manifest, records)].map(([file, text]) => [file, hashText(text)]))
}

/** A first state whose check is sound (the cache is only written then): no dangling statement. */
function sound(state: State): State {
  const now = held(state)
  const fix = (slots: Slots) =>
    new Map(
      [...slots].map(([ref, record]) => {
        const s = record as Statement | null
        const dangling =
          ref.startsWith('t') &&
          s !== null &&
          ((s.subject.kind === 'site' && !now.get('site', s.subject.id)) ||
            s.references.some((r) => !now.get('source', r.source)))
        return [ref, dangling ? null : record]
      }),
    )
  return { files: fix(state.files), journal: fix(state.journal) }
}

const scenario = fc
  .tuple(slotsArb, journalArb)
  .map(([files, journal]) => sound({ files, journal }))
  .chain((before) =>
    fc.tuple(fc.constant(before), editOf(before.files), fc.oneof(fc.constant(before.journal), journalArb)),
  )

describe('checking again in part', () => {
  it('finds what a whole check finds, for any edit across shards', async () => {
    const fileOf = namerFor(true)
    await fc.assert(
      fc.asyncProperty(scenario, async ([before, files, journal]) => {
        const after: State = { files, journal }
        const first = await checkHeldRecords(held(before), validators, fileOf)
        fc.pre(first.failure.length === 0)
        // Through JSON, as the cache file keeps them.
        const stored = JSON.parse(JSON.stringify(first.reads)) as ShardReads
        const now = held(after)
        const kept = planRecheck(
          {
            rules: 'r',
            files: fileHashes(before),
            journalFiles: journalFiles(before, fileOf),
            reads: stored,
            issuesOf: new Map(first.problems.map((p) => [issuesKey(p.kind, p.id), p.issues])),
          },
          {
            rules: 'r',
            files: fileHashes(after),
            journalFiles: journalFiles(after, fileOf),
            held: now,
            uniqueness: UniquenessIndex.over(now),
            fileOf,
          },
        )
        expect(kept).toBeDefined()
        const partial = await checkHeldRecords(now, validators, fileOf, kept)
        const whole = await checkHeldRecords(now, validators, fileOf)
        expect({ problems: partial.problems, failure: partial.failure }).toEqual({
          problems: whole.problems,
          failure: whole.failure,
        })
      }),
      { numRuns: 300 },
    )
    // 900 checks of small datasets: seconds alone, longer on a loaded machine.
  }, 300_000)
})
