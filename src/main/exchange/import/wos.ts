/**
 * Web of Science's plain-text export ("Other file formats" › Plain text): `FN`/`VR` header lines,
 * then records of two-letter tags (`PT J`, `AU Smith, J`, `TI ...`) whose continuation lines
 * start with three spaces, each record ended by `ER`, the file by `EF`. Read into CSL items, so
 * that the citation import does the rest; tags CSL has no variable for are named as not kept.
 */

/** True when a text is Web of Science plain text (not RIS, whose tags are followed by "  - "). */
export function isWosPlainText(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  return (
    /^FN [^\r\n]*(Web of Science|ISI Export)/i.test(start) ||
    /^(FN|VR|PT) \S[^\r\n]*\r?\n[A-Z][A-Z0-9] /.test(start)
  )
}

type WosRecord = Map<string, string[]>

/** Tags whose continuation lines are further values (one author, one address per line). */
const LISTS = new Set([
  'AU',
  'AF',
  'BA',
  'BF',
  'BE',
  'CA',
  'GP',
  'CR',
  'C1',
  'C3',
  'EM',
  'RI',
  'OI',
  'FU',
  'WC',
  'SC',
])

function records(text: string): WosRecord[] {
  const out: WosRecord[] = []
  let record: WosRecord | undefined
  let tag = ''
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const head = /^([A-Z][A-Z0-9])(?: (.*))?$/.exec(line)
    if (head && !line.startsWith('   ')) {
      tag = head[1] as string
      const value = (head[2] ?? '').trim()
      if (tag === 'PT') record = new Map()
      if (tag === 'ER') {
        if (record) out.push(record)
        record = undefined
      } else if (record) record.set(tag, [...(record.get(tag) ?? []), value])
    } else if (record && tag && line.trim() !== '') {
      const values = record.get(tag) ?? ['']
      if (LISTS.has(tag)) values.push(line.trim())
      else values[values.length - 1] = `${values[values.length - 1]} ${line.trim()}`.trim()
      record.set(tag, values)
    }
  }
  return out
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
/** WoS writes seasons as SPR, SUM, FAL, WIN: CSL's months 21 to 24. */
const SEASONS: Record<string, number> = { SPR: 21, SUM: 22, FAL: 23, AUT: 23, WIN: 24 }

function issued(year: string | undefined, published: string | undefined) {
  if (!year || !/^\d{4}$/.test(year)) return undefined
  const [word = '', day] = (published ?? '').toUpperCase().split(/\s+/)
  const month = MONTHS.indexOf(word.slice(0, 3)) + 1 || SEASONS[word.slice(0, 3)]
  const parts = [
    Number(year),
    ...(month ? [month] : []),
    ...(month && month <= 12 && day && /^\d{1,2}$/.test(day) ? [Number(day)] : []),
  ]
  return { 'date-parts': [parts] }
}

function person(name: string) {
  const [family, ...given] = name.split(',')
  return given.length > 0
    ? { family: (family ?? '').trim(), given: given.join(',').trim() }
    : { literal: name.trim() }
}

function type(record: WosRecord): string {
  const pt = record.get('PT')?.[0] ?? 'J'
  const dt = (record.get('DT')?.[0] ?? '').toLowerCase()
  if (dt.includes('proceedings paper')) return 'paper-conference'
  if (dt.includes('book chapter')) return 'chapter'
  if (pt === 'B' || dt === 'book') return 'book'
  if (pt === 'P') return 'patent'
  return 'article-journal'
}

/** Tags read into CSL variables; the others are named in the preview as not kept. */
const READ = new Set([
  'PT',
  'DT',
  'AU',
  'AF',
  'BE',
  'TI',
  'SO',
  'SE',
  'JI',
  'LA',
  'AB',
  'DE',
  'PU',
  'PI',
  'SN',
  'BN',
  'VL',
  'IS',
  'BP',
  'EP',
  'AR',
  'PG',
  'DI',
  'PY',
  'PD',
  'CT',
  'CL',
  'CY',
  'PM',
  'UT',
  'PN',
  'SU',
])

/** Each record of a Web of Science plain-text file as a CSL item. */
export function wosItems(text: string): Record<string, unknown>[] {
  return records(text).map((record) => {
    const one = (tag: string) => record.get(tag)?.[0] || undefined
    const pages = [one('BP'), one('EP')].filter(Boolean).join('-')
    const authors = record.get('AF') ?? record.get('AU') ?? []
    const item: Record<string, unknown> = {
      type: type(record),
      title: one('TI'),
      author: authors.length > 0 ? authors.map(person) : undefined,
      editor: record.get('BE')?.map(person),
      [type(record) === 'chapter' || type(record) === 'paper-conference' || type(record) === 'article-journal'
        ? 'container-title'
        : 'collection-title']: one('SO'),
      'collection-title': one('SE'),
      'container-title-short': one('JI'),
      language: one('LA'),
      abstract: one('AB'),
      keyword: one('DE'),
      publisher: one('PU'),
      'publisher-place': one('PI'),
      ISSN: one('SN'),
      ISBN: one('BN'),
      volume: one('VL'),
      issue: one('IS'),
      page: pages || undefined,
      number: one('AR'),
      'number-of-pages': one('PG'),
      DOI: one('DI'),
      issued: issued(one('PY'), one('PD')),
      'event-title': one('CT'),
      'event-place': one('CL'),
      'event-date': one('CY') ? { raw: one('CY') } : undefined,
      PMID: one('PM'),
      'part-number': one('PN'),
      'supplement-number': one('SU'),
      custom: one('UT') ? { 'wos-accession': one('UT') } : undefined,
      // Named, so that the preview lists them as not kept.
      ...Object.fromEntries(
        [...record.keys()].filter((t) => !READ.has(t)).map((t) => [`WoS ${t}`, record.get(t)]),
      ),
    }
    return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined))
  })
}
