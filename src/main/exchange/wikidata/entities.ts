import { CuratorError } from '../../dataset/errors'
import { isWikidataEntityJson, jsonShape, parseImportJson, shapeName } from '../import/json-shape'
import { type Entity, itemOf, type Snak, timeOf } from './snaks'
import type { Source } from '@shared/domain'

/** The entities of a Wikidata entity JSON file (Special:EntityData/Q….json, or one entity). */
export function entitiesOf(text: string, name: string): Entity[] {
  const json = parseImportJson(text, name)
  if (!isWikidataEntityJson(json))
    throw new CuratorError(
      'VALIDATION',
      `${name} is ${shapeName(jsonShape(json))}, not Wikidata entity JSON (Special:EntityData/Q….json).`,
    )
  const all = (json as { entities?: Record<string, Entity> }).entities
  const list = all ? Object.values(all) : [json as Entity]
  return list.filter((e) => e.type === 'item' || /^Q/.test(e.id))
}

/** A Wikidata reference as a source of the dataset: its URL (P854) or the item it is stated in (P248). */
export function referenceSource(
  snaks: Record<string, Snak[]>,
): { source: Partial<Source>; locator?: string; quote?: string } | undefined {
  const one = (p: string) => snaks[p]?.[0]
  const url = one('P854')?.datavalue?.value
  const statedIn = itemOf(one('P248'))
  const title = (one('P1476')?.datavalue?.value as { text?: string } | undefined)?.text
  const date = (p: string) => {
    const t = timeOf(one(p))
    if (typeof t === 'string') return undefined
    return { 'date-parts': [t.time.replace(/^\+/, '').split('-').map(Number)] }
  }
  const source: Partial<Source> =
    typeof url === 'string'
      ? { type: 'webpage', title: title ?? url, URL: url }
      : statedIn
        ? {
            type: 'document',
            title: title ?? `Wikidata item ${statedIn}`,
            URL: `https://www.wikidata.org/wiki/${statedIn}`,
          }
        : {}
  if (!source.title) return undefined
  const accessed = date('P813')
  const issued = date('P577')
  const page = one('P304')?.datavalue?.value
  const quote = (one('P1683')?.datavalue?.value as { text?: string } | undefined)?.text
  return {
    source: { ...source, ...(accessed ? { accessed } : {}), ...(issued ? { issued } : {}) },
    ...(typeof page === 'string' ? { locator: page } : {}),
    ...(quote ? { quote } : {}),
  }
}
