/**
 * Reading objects out of git pack files (`objects/pack/*.pack` with their `.idx`, version 2):
 * what a fetch over HTTP and the git command line leave. Written here because isomorphic-git
 * inflates with pako (pure JS; its native path is switched off in 1.44), several times slower
 * than Node's zlib on the shard blobs a merge reads. Format: git's Documentation/gitformat-pack.txt.
 */
import { open } from 'node:fs/promises'
import { inflateSync } from 'node:zlib'

export type PackedType = 'commit' | 'tree' | 'blob' | 'tag'
const TYPES: Record<number, PackedType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' }
const OFS_DELTA = 6
const REF_DELTA = 7

export interface PackIndex {
  pack: string
  /** Object offsets in the pack by oid (hex). */
  offsets: Map<string, number>
  /** Where each object's bytes end: the next object's offset, or the pack's checksum. */
  ends: Map<number, number>
}

/** Parses a version 2 pack index; the pack's size bounds the last object. */
export function parsePackIndex(pack: string, idx: Buffer, packSize: number): PackIndex {
  if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2)
    throw new Error(`${pack}: not a version 2 pack index`)
  const count = idx.readUInt32BE(8 + 255 * 4)
  const oidsAt = 8 + 256 * 4
  const offsetsAt = oidsAt + count * 20 + count * 4
  const largeAt = offsetsAt + count * 4
  const offsets = new Map<string, number>()
  for (let i = 0; i < count; i += 1) {
    const oid = idx.toString('hex', oidsAt + i * 20, oidsAt + i * 20 + 20)
    let offset = idx.readUInt32BE(offsetsAt + i * 4)
    if (offset & 0x80000000) offset = Number(idx.readBigUInt64BE(largeAt + (offset & 0x7fffffff) * 8))
    offsets.set(oid, offset)
  }
  const sorted = [...offsets.values()].sort((a, b) => a - b)
  const ends = new Map<number, number>()
  sorted.forEach((offset, i) => ends.set(offset, sorted[i + 1] ?? packSize - 20))
  return { pack, offsets, ends }
}

/** Applies a git delta to its base. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let at = 0
  const varint = () => {
    let value = 0
    let shift = 0
    let byte: number
    do {
      byte = delta[at++] as number
      value += (byte & 0x7f) * 2 ** shift
      shift += 7
    } while (byte & 0x80)
    return value
  }
  if (varint() !== base.length) throw new Error('delta base size mismatch')
  const out = Buffer.allocUnsafe(varint())
  let written = 0
  while (at < delta.length) {
    const op = delta[at++] as number
    if (op & 0x80) {
      let offset = 0
      let size = 0
      for (let i = 0; i < 4; i += 1) if (op & (1 << i)) offset += (delta[at++] as number) * 2 ** (8 * i)
      for (let i = 0; i < 3; i += 1) if (op & (1 << (4 + i))) size += (delta[at++] as number) * 2 ** (8 * i)
      if (size === 0) size = 0x10000
      written += base.copy(out, written, offset, offset + size)
    } else if (op > 0) {
      written += delta.copy(out, written, at, at + op)
      at += op
    } else {
      throw new Error('delta opcode 0 is reserved')
    }
  }
  if (written !== out.length) throw new Error('delta result size mismatch')
  return out
}

/** Reads objects of one pack; `resolveRef` finds the base of a REF_DELTA elsewhere. */
export class PackReader {
  private readonly cache = new Map<number, { type: PackedType; content: Buffer }>()

  constructor(
    readonly index: PackIndex,
    private readonly resolveRef: (oid: string) => Promise<{ type: PackedType; content: Buffer }>,
  ) {}

  has(oid: string): boolean {
    return this.index.offsets.has(oid)
  }

  async read(oid: string): Promise<{ type: PackedType; content: Buffer } | undefined> {
    const offset = this.index.offsets.get(oid)
    return offset === undefined ? undefined : this.readAt(offset)
  }

  private async readAt(offset: number): Promise<{ type: PackedType; content: Buffer }> {
    const cached = this.cache.get(offset)
    if (cached) return cached
    const end = this.index.ends.get(offset)
    if (end === undefined) throw new Error(`${this.index.pack}: no object at ${offset}`)
    const bytes = Buffer.allocUnsafe(end - offset)
    const handle = await open(this.index.pack, 'r')
    try {
      await handle.read(bytes, 0, bytes.length, offset)
    } finally {
      await handle.close()
    }
    let at = 0
    let byte = bytes[at++] as number
    const typeCode = (byte >> 4) & 7
    while (byte & 0x80) byte = bytes[at++] as number
    let result: { type: PackedType; content: Buffer }
    if (typeCode === OFS_DELTA) {
      byte = bytes[at++] as number
      let back = byte & 0x7f
      while (byte & 0x80) {
        byte = bytes[at++] as number
        back = (back + 1) * 128 + (byte & 0x7f)
      }
      const base = await this.readAt(offset - back)
      result = { type: base.type, content: applyDelta(base.content, inflateSync(bytes.subarray(at))) }
    } else if (typeCode === REF_DELTA) {
      const baseOid = bytes.toString('hex', at, at + 20)
      const base = (await this.read(baseOid)) ?? (await this.resolveRef(baseOid))
      result = { type: base.type, content: applyDelta(base.content, inflateSync(bytes.subarray(at + 20))) }
    } else {
      const type = TYPES[typeCode]
      if (!type) throw new Error(`${this.index.pack}: unknown object type ${typeCode} at ${offset}`)
      result = { type, content: inflateSync(bytes.subarray(at)) }
    }
    // Delta chains share their bases: keep the latest few, small ones only.
    if (result.content.length < 4 * 1024 * 1024) {
      this.cache.set(offset, result)
      if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value as number)
    }
    return result
  }
}
