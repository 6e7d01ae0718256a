import type { CurationStatus, Site, Source, Statement } from '@shared/domain'

type Category = Site['category']
type Criterion = Site['criteria'][number]
type Region = Site['regions'][number]

export const STATUS_LABELS: Record<CurationStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
}

export const STATUS_COLORS: Record<CurationStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  approved: 'teal',
}

export const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))

export const CATEGORY_LABELS: Record<Category, string> = {
  cultural: 'Cultural',
  natural: 'Natural',
  mixed: 'Mixed',
}

export const CATEGORY_COLORS: Record<Category, string> = {
  cultural: 'grape',
  natural: 'green',
  mixed: 'orange',
}

export const CATEGORIES: readonly Category[] = ['cultural', 'natural', 'mixed']

export const CRITERIA: readonly Criterion[] = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']

/** Criteria are written as UNESCO writes them: (iv). */
export function criterionLabel(criterion: string): string {
  return `(${criterion})`
}

export const REGIONS: readonly Region[] = [
  'Africa',
  'Arab States',
  'Asia and the Pacific',
  'Europe and North America',
  'Latin America and the Caribbean',
]

export const SOURCE_TYPE_LABELS: Record<Source['type'], string> = {
  article: 'Article',
  'article-journal': 'Journal article',
  'article-magazine': 'Magazine article',
  'article-newspaper': 'Newspaper article',
  book: 'Book',
  chapter: 'Book chapter',
  dataset: 'Dataset',
  document: 'Document',
  'entry-encyclopedia': 'Encyclopedia entry',
  map: 'Map',
  'paper-conference': 'Conference paper',
  report: 'Report',
  speech: 'Speech',
  thesis: 'Thesis',
  webpage: 'Web page',
}

/** The CSL types a source can have, in the order the type picker lists them. */
export const SOURCE_TYPES = Object.keys(SOURCE_TYPE_LABELS) as Array<Source['type']>

export const RANK_LABELS: Record<Statement['rank'], string> = {
  preferred: 'Preferred',
  normal: 'Normal',
  deprecated: 'Deprecated',
}

export const RANK_OPTIONS = Object.entries(RANK_LABELS).map(([value, label]) => ({ value, label }))

/** "1 site", "59 sites". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`
}

/** The text of a language map in the first language that has one. */
export function pickText(
  map: Record<string, string> | undefined,
  languages: readonly string[] = ['en'],
): string {
  if (!map) return ''
  for (const lang of languages) if (map[lang]) return map[lang]
  return Object.values(map)[0] ?? ''
}
