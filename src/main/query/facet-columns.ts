/**
 * One facet's values as small integers, flat: site i has the codes `codes[starts[i]]` up to
 * `codes[starts[i + 1]]` (a few typed arrays instead of one small array per site).
 */
export interface FacetColumn {
  values: string[]
  starts: Uint32Array
  codes: Uint32Array
}

export function facetColumn(perSite: string[][]): FacetColumn {
  const byValue = new Map<string, number>()
  const values: string[] = []
  const starts = new Uint32Array(perSite.length + 1)
  let size = 0
  perSite.forEach((list, i) => {
    starts[i] = size
    size += list.length
  })
  starts[perSite.length] = size
  const codes = new Uint32Array(size)
  let at = 0
  for (const list of perSite) {
    for (const value of list) {
      let code = byValue.get(value)
      if (code === undefined) {
        code = values.length
        values.push(value)
        byValue.set(value, code)
      }
      codes[at] = code
      at += 1
    }
  }
  return { values, starts, codes }
}

/** The values site `i` has in a facet column. */
export function valuesAt(column: FacetColumn, i: number): string[] {
  const out: string[] = []
  for (let k = column.starts[i] as number; k < (column.starts[i + 1] as number); k += 1)
    out.push(column.values[column.codes[k] as number] as string)
  return out
}
