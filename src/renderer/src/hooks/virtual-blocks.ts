/**
 * The arithmetic of a virtual table's rows: main answers blocks of ROW_BLOCK rows, the first
 * block (rows 0 to ROW_BLOCK - 1) always, the others as the viewport reaches them. Pure
 * functions, so that the block and gap rules are unit-tested without React.
 */

/** Rows a virtual table asks main for at a time. */
export const ROW_BLOCK = 100

/**
 * The blocks after the first that rows `start` to `end` (the virtualizer's range, both included)
 * fall in, for a result of `total` rows. A range left over from a longer result asks for nothing
 * past its end.
 */
export function blocksInView(start: number, end: number, total: number): number[] {
  const lastBlock = Math.max(0, Math.ceil(total / ROW_BLOCK) - 1)
  const blocks: number[] = []
  const from = Math.max(1, Math.floor(start / ROW_BLOCK))
  const to = Math.min(lastBlock, Math.floor(end / ROW_BLOCK))
  for (let block = from; block <= to; block += 1) blocks.push(block)
  return blocks
}

/** The row at a position, or undefined while its block loads. */
export function rowAtIndex<T>(
  index: number,
  firstRows: readonly T[] | undefined,
  byBlock: ReadonlyMap<number, readonly T[]>,
): T | undefined {
  if (index < ROW_BLOCK) return firstRows?.[index]
  return byBlock.get(Math.floor(index / ROW_BLOCK))?.[index % ROW_BLOCK]
}

/**
 * The loaded rows' ids in table order, for next/previous record: one unbroken run of loaded
 * blocks, from the first block when the blocks in view follow it. A block still loading ends
 * the run (or, before any block has come, is passed over): a gap would make "next" skip its rows.
 */
export function loadedIdsInOrder(
  firstRows: readonly { id: string }[] | undefined,
  blocks: readonly number[],
  byBlock: ReadonlyMap<number, readonly { id: string }[]>,
): string[] {
  const followsFirst = blocks[0] === undefined || blocks[0] === 1
  const run = followsFirst
    ? [firstRows, ...blocks.map((block) => byBlock.get(block))]
    : blocks.map((block) => byBlock.get(block))
  const ids: string[] = []
  for (const rows of run) {
    if (rows === undefined) {
      if (ids.length > 0) break
      continue
    }
    for (const row of rows) ids.push(row.id)
  }
  return ids
}
