import type { CurationStatus, Draft, Site } from '@shared/domain'

/** A site as its form edits it: numbers may be half-typed text, names one field per language. */
export interface SiteFormValues {
  names: Record<string, string>
  unescoId: number | string
  wikidataId: string
  statesParties: string[]
  regions: string[]
  category: Site['category']
  criteria: string[]
  yearInscribed: number | string
  extensionYears: string[]
  yearDelisted: number | string
  inDanger: boolean
  transboundary: boolean
  latitude: number | string
  longitude: number | string
  areaHectares: number | string
  bufferZoneHectares: number | string
  status: CurationStatus
  reviewNote: string
}

export type SetSiteField = <F extends keyof SiteFormValues>(field: F, value: SiteFormValues[F]) => void

/** The manifest's languages first, then any other language the site already has a name in. */
export function nameLanguages(site: Site | undefined, manifestLanguages: readonly string[]): string[] {
  const languages = [...manifestLanguages]
  for (const lang of Object.keys(site?.name ?? {})) if (!languages.includes(lang)) languages.push(lang)
  return languages.length > 0 ? languages : ['en']
}

export function siteFormValues(site: Site | undefined): SiteFormValues {
  return {
    names: { ...site?.name },
    unescoId: site?.unescoId ?? '',
    wikidataId: site?.wikidataId ?? '',
    statesParties: [...(site?.statesParties ?? [])],
    regions: [...(site?.regions ?? [])],
    category: site?.category ?? 'cultural',
    criteria: [...(site?.criteria ?? [])],
    yearInscribed: site?.yearInscribed ?? '',
    extensionYears: (site?.extensionYears ?? []).map(String),
    yearDelisted: site?.yearDelisted ?? '',
    inDanger: site?.inDanger ?? false,
    transboundary: site?.transboundary ?? false,
    latitude: site?.location?.latitude ?? '',
    longitude: site?.location?.longitude ?? '',
    areaHectares: site?.areaHectares ?? '',
    bufferZoneHectares: site?.bufferZoneHectares ?? '',
    status: site?.status ?? 'draft',
    reviewNote: site?.reviewNote ?? '',
  }
}

/**
 * A typed number, nothing for an empty field, or the text itself when it is not a number, so
 * that main's validation names the problem under the field (the renderer does not validate).
 */
export function numberOrText(value: number | string): number | undefined {
  if (typeof value === 'number') return value
  const text = value.trim()
  if (text === '') return undefined
  const parsed = Number(text)
  return (Number.isFinite(parsed) ? parsed : text) as number
}

/** Sets or removes an optional field, so that empty inputs do not save empty values. */
function assign<T extends object, F extends keyof T>(target: T, field: F, value: T[F] | undefined) {
  if (value === undefined || value === '') delete target[field]
  else target[field] = value
}

/** The draft to save: the original record (fields this form does not show included) with the edits. */
export function siteDraft(values: SiteFormValues, original: Site | undefined): Draft<'site'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = original ?? ({} as Partial<Site>)
  const names: Record<string, string> = {}
  for (const [lang, text] of Object.entries(values.names)) if (text.trim()) names[lang] = text.trim()
  const draft = {
    ...rest,
    name: names,
    statesParties: values.statesParties,
    regions: values.regions as Site['regions'],
    category: values.category,
    criteria: values.criteria as Site['criteria'],
    inDanger: values.inDanger,
    transboundary: values.transboundary,
    status: values.status,
  } as Draft<'site'>
  assign(draft, 'unescoId', numberOrText(values.unescoId))
  assign(draft, 'wikidataId', values.wikidataId.trim() || undefined)
  assign(draft, 'yearInscribed', numberOrText(values.yearInscribed))
  assign(draft, 'yearDelisted', numberOrText(values.yearDelisted))
  assign(draft, 'areaHectares', numberOrText(values.areaHectares))
  assign(draft, 'bufferZoneHectares', numberOrText(values.bufferZoneHectares))
  assign(draft, 'reviewNote', values.reviewNote.trim() || undefined)
  const years = values.extensionYears.map((year) => numberOrText(year)).filter((y) => y !== undefined)
  assign(draft, 'extensionYears', years.length > 0 ? years : undefined)
  const latitude = numberOrText(values.latitude)
  const longitude = numberOrText(values.longitude)
  const location = latitude === undefined && longitude === undefined ? undefined : { latitude, longitude }
  assign(draft, 'location', location as Site['location'])
  return draft
}

/** Every JSON pointer the site form shows a field for. */
export function siteFieldPaths(languages: readonly string[]): string[] {
  return [
    '/name',
    ...languages.map((lang) => `/name/${lang}`),
    '/unescoId',
    '/wikidataId',
    '/statesParties',
    '/regions',
    '/category',
    '/criteria',
    '/yearInscribed',
    '/extensionYears',
    '/yearDelisted',
    '/inDanger',
    '/transboundary',
    '/location',
    '/location/latitude',
    '/location/longitude',
    '/areaHectares',
    '/bufferZoneHectares',
    '/status',
    '/reviewNote',
  ]
}
