import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { serializeRecordFile } from '../dataset/canonical-json'
import { CuratorError } from '../dataset/errors'
import { mergeShard } from './shard-merge'
import { parsePiece, recordPiece, shardBytes, shardPieces } from './shard-text'
import { siteRecord as site } from '../../../tests/support/records'

const text = (...records: Site[]) => serializeRecordFile({ records })
const merge = (base: string | null, ours: string | null, theirs: string | null) => {
  const result = mergeShard({ kind: 'site', path: 'sites/00.json', base, ours, theirs })
  return { ...result, text: result.text?.toString('utf8') ?? null }
}

describe('mergeShard', () => {
  it('writes the canonical form the store writes', () => {
    const base = text(site('a'), site('b'))
    const result = merge(
      base,
      text(site('a', { inDanger: true }), site('b')),
      text(site('a'), site('b', { status: 'approved' })),
    )
    expect(result.conflicts).toEqual([])
    expect(result.text).toBe(text(site('a', { inDanger: true }), site('b', { status: 'approved' })))
  })

  it('writes the same bytes from records cut out of one shard (copied as runs) as from records one by one', () => {
    const sides = fc.constantFrom('shard', 'alone', 'dropped')
    const rows = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,8}$/), side: sides }), {
      selector: (r) => r.id,
      maxLength: 30,
    })
    fc.assert(
      fc.property(rows, (list) => {
        const whole = shardPieces(text(...list.map((r) => site(r.id))), 'sites/00.json')
        const kept = list.filter((r) => r.side !== 'dropped')
        const pieces = new Map(
          kept.map((r) => [r.id, r.side === 'shard' ? (whole.get(r.id) as Buffer) : recordPiece(site(r.id))]),
        )
        const expected = kept.length === 0 ? null : text(...kept.map((r) => site(r.id)))
        expect(shardBytes(pieces)?.toString('utf8') ?? null).toBe(expected)
      }),
    )
  })

  it('merges an add/add of the file (no base): new records side by side, the same id by field', () => {
    const result = merge(
      null,
      text(site('a'), site('c', { name: { en: 'ours' } })),
      text(site('b'), site('c', { name: { en: 'theirs' } })),
    )
    expect(result.conflicts.map((c) => [c.id, c.conflicts.map((f) => [f.path, f.reason])])).toEqual([
      ['c', [['/name/en', 'both-added']]],
    ])
    expect(merge(null, text(site('a')), text(site('b'))).text).toBe(text(site('a'), site('b')))
  })

  it('answers null (no file) when every record is gone, and never conflict markers', () => {
    expect(merge(text(site('a')), null, text(site('a'))).text).toBeNull()
    const clash = merge(
      text(site('a')),
      text(site('a', { inDanger: true })),
      text(site('a', { inDanger: false, status: 'approved' })),
    )
    expect(clash.text).not.toMatch(/<<<<<<<|>>>>>>>/)
  })

  it('reads a shard that is not canonical (a hand edit), and writes it canonically', () => {
    const minified = JSON.stringify({ records: [site('b'), site('a')] })
    expect(merge(minified, minified, text(site('a'), site('b', { status: 'approved' }))).text).toBe(
      text(site('a'), site('b', { status: 'approved' })),
    )
  })

  it('refuses a shard that is not a record file, naming it', () => {
    expect(() => merge('{"records": [', text(), text())).toThrow(/sites\/00.json \(base\): not valid JSON/)
    expect(() => merge(null, '{"rows": []}', text())).toThrow(/sites\/00.json \(ours\): not a record file/)
    expect(() => merge(null, JSON.stringify({ records: [site('a'), site('a')] }), null)).toThrow(/used twice/)
  })

  it('answers any bytes with records or a plain refusal naming the file, never a crash', () => {
    const canonical = text(site('a'), site('b'))
    const damaged = fc
      .tuple(fc.nat(canonical.length), fc.string())
      .map(([at, s]) => canonical.slice(0, at) + s + canonical.slice(at + 1))
    fc.assert(
      fc.property(fc.oneof(fc.string(), damaged), (bytes) => {
        try {
          for (const piece of shardPieces(bytes, 'sites/00.json').values()) parsePiece(piece, 'sites/00.json')
        } catch (error) {
          expect(error).toBeInstanceOf(CuratorError)
          expect((error as Error).message).toContain('sites/00.json')
        }
      }),
    )
  })

  it('loses no record: every id of ours or theirs is merged, deleted by a side the other left alone, or a conflict', () => {
    const ids = ['a', 'b', 'c', 'd']
    const version = fc.dictionary(
      fc.constantFrom(...ids),
      fc.constantFrom('draft', 'in-review', 'approved'),
      {
        maxKeys: 4,
      },
    )
    const toText = (v: Record<string, string>) =>
      text(...Object.entries(v).map(([id, status]) => site(id, { status: status as Site['status'] })))
    fc.assert(
      fc.property(version, version, version, (b, o, t) => {
        const result = merge(toText(b), toText(o), toText(t))
        const merged = new Set(result.pieces.keys())
        const conflicted = new Set(result.conflicts.map((c) => c.id))
        for (const id of new Set([...Object.keys(o), ...Object.keys(t)])) {
          if (merged.has(id) || conflicted.has(id)) continue
          // Gone from the result: one side deleted it and the other kept it as it was.
          const deletedByOurs = !(id in o) && t[id] === b[id]
          const deletedByTheirs = !(id in t) && o[id] === b[id]
          expect(deletedByOurs || deletedByTheirs).toBe(true)
        }
      }),
    )
  })
})
