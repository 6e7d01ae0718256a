/** CSL names, edited one a line: `Family, Given`, `Family,` (no given name), or an institution. */
export interface CslName {
  family?: string
  given?: string
  literal?: string
}

/** Parses one name a line; blank lines are skipped. A line without a comma is an institution. */
export function parseNames(text: string): CslName[] {
  const names: CslName[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const comma = line.indexOf(',')
    if (comma < 0) {
      names.push({ literal: line })
      continue
    }
    const family = line.slice(0, comma).trim()
    const given = line.slice(comma + 1).trim()
    if (!family) names.push({ literal: line })
    else names.push(given ? { family, given } : { family })
  }
  return names
}

/** The inverse of `parseNames`, so that an unchanged text saves unchanged names. */
export function formatNames(names: readonly CslName[] | undefined): string {
  return (names ?? [])
    .map((name) => {
      if (name.family) return name.given ? `${name.family}, ${name.given}` : `${name.family},`
      return name.literal ?? ''
    })
    .join('\n')
}
