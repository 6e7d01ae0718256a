import { describe, expect, it } from 'vitest'
import { blocksInView, loadedIdsInOrder, ROW_BLOCK, rowAtIndex } from './virtual-blocks'

/** Rows `from` to `to - 1`, each named by its position. */
const rows = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ id: `row-${from + i}` }))
const ids = (from: number, to: number) => rows(from, to).map((row) => row.id)

describe('the blocks a virtual table asks main for', () => {
  it('asks for nothing beyond the first block while the view stays in it', () => {
    expect(ROW_BLOCK).toBe(100)
    expect(blocksInView(0, 30, 3000)).toEqual([])
    expect(blocksInView(0, 99, 3000)).toEqual([])
    expect(blocksInView(0, 0, 0)).toEqual([])
  })

  it('asks for each block the view reaches, the one it starts in and the one it ends in', () => {
    expect(blocksInView(90, 130, 3000)).toEqual([1])
    expect(blocksInView(100, 199, 3000)).toEqual([1])
    expect(blocksInView(150, 250, 3000)).toEqual([1, 2])
    expect(blocksInView(1480, 1530, 3000)).toEqual([14, 15])
  })

  it('asks for the last block, and none past it', () => {
    expect(blocksInView(2970, 2999, 3000)).toEqual([29])
    expect(blocksInView(95, 100, 101)).toEqual([1])
    expect(blocksInView(95, 100, 100)).toEqual([])
  })

  it('asks for nothing past the end when a narrower result meets a view scrolled far down', () => {
    expect(blocksInView(2950, 2999, 59)).toEqual([])
    expect(blocksInView(2950, 2999, 250)).toEqual([])
  })
})

describe('the row at a position', () => {
  const first = rows(0, 100)
  const byBlock = new Map([[2, rows(200, 300)]])

  it('comes from the first block, or from the block it falls in', () => {
    expect(rowAtIndex(0, first, byBlock)).toEqual({ id: 'row-0' })
    expect(rowAtIndex(99, first, byBlock)).toEqual({ id: 'row-99' })
    expect(rowAtIndex(200, first, byBlock)).toEqual({ id: 'row-200' })
    expect(rowAtIndex(299, first, byBlock)).toEqual({ id: 'row-299' })
  })

  it('is undefined while its block loads, or before the first block has come', () => {
    expect(rowAtIndex(150, first, byBlock)).toBeUndefined()
    expect(rowAtIndex(300, first, byBlock)).toBeUndefined()
    expect(rowAtIndex(5, undefined, byBlock)).toBeUndefined()
  })
})

describe('the order next and previous record walk through', () => {
  it('is the first block alone while the view stays in it', () => {
    expect(loadedIdsInOrder(rows(0, 100), [], new Map())).toEqual(ids(0, 100))
  })

  it('runs from the first block through the blocks that follow it', () => {
    const byBlock = new Map([
      [1, rows(100, 200)],
      [2, rows(200, 300)],
    ])
    expect(loadedIdsInOrder(rows(0, 100), [1, 2], byBlock)).toEqual(ids(0, 300))
  })

  it('leaves the first block out when blocks lie between it and the view', () => {
    const byBlock = new Map([
      [5, rows(500, 600)],
      [6, rows(600, 700)],
    ])
    expect(loadedIdsInOrder(rows(0, 100), [5, 6], byBlock)).toEqual(ids(500, 700))
  })

  it('stops at a block still loading, so that next never skips the rows in it', () => {
    expect(loadedIdsInOrder(rows(0, 100), [1, 2], new Map([[2, rows(200, 300)]]))).toEqual(ids(0, 100))
    expect(
      loadedIdsInOrder(
        rows(0, 100),
        [5, 6, 7],
        new Map([
          [5, rows(500, 600)],
          [7, rows(700, 800)],
        ]),
      ),
    ).toEqual(ids(500, 600))
  })

  it('starts at the first loaded block when the one before it is still loading', () => {
    const byBlock = new Map([[6, rows(600, 700)]])
    expect(loadedIdsInOrder(rows(0, 100), [5, 6], byBlock)).toEqual(ids(600, 700))
  })
})
