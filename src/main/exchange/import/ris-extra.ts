/**
 * What citation-js's RIS reader loses, read from the RIS text itself: the line breaks inside a
 * note or an abstract (it joins continuation lines with spaces) and the publisher (`PB`) and place
 * (`CY`) of the types whose mapping has no place for them (a journal article's publisher).
 */

interface RisRecord {
  /** Tag to values, in file order; a value keeps the line breaks of its continuation lines. */
  tags: Map<string, string[]>
}

const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/

/** The records of a RIS text, from `TY` to `ER`, with every tag's values. */
function risRecords(text: string): RisRecord[] {
  const records: RisRecord[] = []
  let current: RisRecord | undefined
  let last: { tag: string; index: number } | undefined
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = TAG_LINE.exec(line)
    if (match) {
      const [, tag = '', value = ''] = match
      if (tag === 'TY') current = { tags: new Map() }
      if (!current) continue
      if (tag === 'ER') {
        records.push(current)
        current = undefined
        last = undefined
        continue
      }
      const values = current.tags.get(tag) ?? []
      values.push(value.trimEnd())
      current.tags.set(tag, values)
      last = { tag, index: values.length - 1 }
    } else if (current && last) {
      // A continuation line: part of the value above, on a line of its own.
      const values = current.tags.get(last.tag) as string[]
      values[last.index] = `${values[last.index]}\n${line.trimEnd()}`
    }
  }
  return records
}

const joined = (values: string[] | undefined) => {
  const text = values
    ?.map((v) => v.trim())
    .filter((v) => v !== '')
    .join('\n\n')
  return text ? text : undefined
}

/** Puts back into citation-js's items (one per record, in order) what it lost of each record. */
export function restoreRisFields(items: Record<string, unknown>[], text: string): void {
  const records = risRecords(text)
  if (records.length !== items.length) return
  items.forEach((item, i) => {
    const tags = (records[i] as RisRecord).tags
    const note = joined(tags.get('N1'))
    if (note) item.note = note
    const abstract = joined([...(tags.get('AB') ?? []), ...(tags.get('N2') ?? [])])
    if (abstract) item.abstract = abstract
    const publisher = tags.get('PB')?.[0]?.trim()
    if (publisher && !item.publisher) item.publisher = publisher
    const place = tags.get('CY')?.[0]?.trim() || tags.get('PP')?.[0]?.trim()
    if (place && !item['publisher-place'] && !item['event-place']) item['publisher-place'] = place
  })
}
