import { createHash } from 'node:crypto'
import type { Property, Site, Statement } from '@shared/domain'
import type { RuleContext } from '../../validation/rules'
import { type Claim, countryOfItem, itemOf, valueOf, yearOf } from '../wikidata/snaks'
import type { Candidate } from './candidate'
import type { CslLoss } from './csl-values'
import { entitiesOf, referenceSource } from '../wikidata/entities'

/** P1435 heritage designation: Q9259, World Heritage Site (P580 start: inscribed; P582 end: delisted). */
const WORLD_HERITAGE_SITE = 'Q9259'
/** Read into the site's own fields rather than as statements. */
const SITE_FIELDS = new Set(['P17', 'P625', 'P757', 'P1435'])
const INCEPTION = 'P571'
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10)
const candidate = (kind: Candidate['kind'], record: object, label: string, line: number): Candidate => ({
  line,
  kind,
  mode: kind === 'site' ? 'merge' : 'replace',
  record: record as Record<string, unknown>,
  label,
  issues: [],
  warnings: [],
})

/**
 * Sites (and their statements, the sources their references cite, and an `inception` property
 * when the dataset has no property for P571) from Wikidata entity JSON. A site already linked to
 * the item (`wikidataId`), or with its UNESCO id (P757), is the same site. What the dataset cannot
 * hold is listed per property.
 */
export function wikidataCandidates(
  text: string,
  name: string,
  target: RuleContext,
): { candidates: Candidate[]; losses: CslLoss[][] } {
  const entities = entitiesOf(text, name)
  const sites = [...target.all('site')]
  const properties = [...target.all('property')]
  const sourcesByUrl = new Map(
    [...target.all('source')].filter((s) => s.URL).map((s) => [s.URL as string, s.id]),
  )
  const siteOfItem = (q: string) => sites.find((s) => s.wikidataId === q)?.id
  const byProperty = new Map(
    properties.filter((p) => p.wikidataProperty).map((p) => [p.wikidataProperty as string, p]),
  )
  const candidates: Candidate[] = []
  const losses: CslLoss[][] = []
  const newSources = new Map<string, Candidate>()
  if (!byProperty.has(INCEPTION) && entities.some((e) => e.claims?.[INCEPTION])) {
    const id = properties.some((p) => p.id === 'inception') ? 'wikidata-p571' : 'inception'
    const inception: Property = {
      id,
      label: { en: 'inception' },
      datatype: 'time',
      wikidataProperty: INCEPTION,
    }
    byProperty.set(INCEPTION, inception)
    candidates.push(candidate('property', inception, 'inception (P571)', 0))
  }
  entities.forEach((entity, index) => {
    const lost: CslLoss[] = []
    const claims = entity.claims ?? {}
    const first = (p: string) => claims[p]?.find((c) => c.rank !== 'deprecated')?.mainsnak
    const name: Record<string, string> = {}
    for (const [lang, label] of Object.entries(entity.labels ?? {})) {
      if (TAG.test(lang) && label.value) name[lang] = label.value
      else lost.push({ field: `labels.${lang}`, reason: 'not a language tag the dataset takes' })
    }
    const unescoText = first('P757')?.datavalue?.value
    const unescoId =
      typeof unescoText === 'string' && /^\d+/.test(unescoText)
        ? Number(/^\d+/.exec(unescoText)?.[0])
        : undefined
    if (typeof unescoText === 'string' && unescoId !== undefined && String(unescoId) !== unescoText)
      lost.push({ field: 'P757', reason: `“${unescoText}” names a part of a property: read as ${unescoId}` })
    const site: Partial<Site> = { wikidataId: entity.id, ...(Object.keys(name).length > 0 ? { name } : {}) }
    if (unescoId !== undefined) site.unescoId = unescoId
    const countries = (claims.P17 ?? []).map((c) => itemOf(c.mainsnak) ?? '')
    const codes = countries.map(countryOfItem).filter((c): c is string => c !== undefined)
    if (codes.length > 0) site.statesParties = [...new Set(codes)]
    if (codes.length < countries.length)
      lost.push({ field: 'P17', reason: 'a country with no ISO code in the table' })
    const point = first('P625')?.datavalue?.value as
      { latitude?: number; longitude?: number; globe?: string } | undefined
    if (
      point &&
      typeof point.latitude === 'number' &&
      typeof point.longitude === 'number' &&
      (!point.globe || point.globe.endsWith('/Q2'))
    )
      site.location = { latitude: point.latitude, longitude: point.longitude }
    const designation = (claims.P1435 ?? []).find((c) => itemOf(c.mainsnak) === WORLD_HERITAGE_SITE)
    const inscribed = yearOf(designation?.qualifiers?.P580?.[0])
    const delisted = yearOf(designation?.qualifiers?.P582?.[0])
    if (inscribed !== undefined) site.yearInscribed = inscribed
    if (delisted !== undefined) site.yearDelisted = delisted
    for (const c of claims.P1435 ?? [])
      if (itemOf(c.mainsnak) !== WORLD_HERITAGE_SITE)
        lost.push({
          field: 'P1435',
          reason: `designation ${itemOf(c.mainsnak) ?? '?'} is not World Heritage: not kept`,
        })
    const existing =
      sites.find((s) => s.wikidataId === entity.id) ??
      sites.find((s) => unescoId !== undefined && s.unescoId === unescoId)
    const siteId =
      existing?.id ?? (unescoId !== undefined ? `whc-${unescoId}` : `wd-${entity.id.toLowerCase()}`)
    const label = name.en ?? Object.values(name)[0] ?? entity.id
    const siteCandidate = candidate('site', { ...site, id: siteId }, label, index + 1)
    if (unescoId !== undefined) siteCandidate.unescoId = unescoId
    if (!existing) {
      siteCandidate.defaults = {
        statesParties: [],
        regions: [],
        inDanger: false,
        transboundary: (site.statesParties?.length ?? 0) > 1,
      }
      siteCandidate.warnings.push(
        'Wikidata gives no category or criteria the dataset reads: a new site needs both before it can be saved (import UNESCO’s list first, and the site is matched by its UNESCO id).',
      )
    }
    candidates.push(siteCandidate)
    for (const [pid, list] of Object.entries(claims)) {
      if (SITE_FIELDS.has(pid)) continue
      const property = byProperty.get(pid)
      if (!property) {
        lost.push({ field: pid, reason: `no property of the dataset maps to ${pid}` })
        continue
      }
      list.forEach((claim: Claim, n) => {
        const value = claim.mainsnak ? valueOf(claim.mainsnak, siteOfItem) : 'no value'
        if (typeof value === 'string' || value.type !== property.datatype) {
          lost.push({
            field: pid,
            reason:
              typeof value === 'string'
                ? value
                : `a ${value.type}, where ${property.id} takes a ${property.datatype}`,
          })
          return
        }
        const qualifiers: Statement['qualifiers'] = []
        for (const [qp, snaks] of Object.entries(claim.qualifiers ?? {})) {
          const qualifier = byProperty.get(qp)
          for (const snak of snaks) {
            const qv = valueOf(snak, siteOfItem)
            if (qualifier && typeof qv !== 'string' && qv.type === qualifier.datatype)
              qualifiers.push({ property: qualifier.id, value: qv })
            else
              lost.push({
                field: `${pid} qualifier ${qp}`,
                reason: qualifier
                  ? 'a value its property cannot take'
                  : `no property of the dataset maps to ${qp}`,
              })
          }
        }
        const references: Statement['references'] = []
        for (const ref of claim.references ?? []) {
          const read = referenceSource(ref.snaks ?? {})
          if (!read) {
            lost.push({
              field: `${pid} reference`,
              reason: 'a reference with neither a URL (P854) nor a stated-in item (P248)',
            })
            continue
          }
          const key = read.source.URL as string
          let sourceId = sourcesByUrl.get(key) ?? (newSources.get(key)?.record?.id as string | undefined)
          if (!sourceId) {
            sourceId = `wd-ref-${short(key)}`
            newSources.set(
              key,
              candidate('source', { ...read.source, id: sourceId }, read.source.title ?? key, index + 1),
            )
          }
          references.push({
            source: sourceId,
            ...(read.locator ? { locator: { label: 'page', value: read.locator } } : {}),
            ...(read.quote ? { quote: read.quote } : {}),
          })
        }
        const rank = claim.rank === 'preferred' || claim.rank === 'deprecated' ? claim.rank : 'normal'
        const statement = {
          id: `wd-${entity.id.toLowerCase()}-${pid.toLowerCase()}-${n + 1}`,
          subject: { kind: 'site', id: siteId },
          property: property.id,
          value,
          qualifiers,
          references,
          rank,
        }
        candidates.push(
          candidate('statement', statement, `${label}: ${property.label.en ?? property.id}`, index + 1),
        )
      })
    }
    losses.push(lost)
  })
  // Sources first, so that a statement's references are there when it is checked.
  return {
    candidates: [
      ...candidates.filter((c) => c.kind === 'property'),
      ...newSources.values(),
      ...candidates.filter((c) => c.kind !== 'property'),
    ],
    losses,
  }
}
