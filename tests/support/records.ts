/**
 * Small records that several tests build the same way. Types only are imported, so that the e2e
 * specs can use them too.
 */
import type { Draft, Property, Site } from '@shared/domain'

const AT = '2026-01-01T00:00:00.000Z'

/** The least a site needs to be valid: its id as its English name, a Chinese cultural site. */
export function siteRecord(id: string, patch: Partial<Site> = {}): Site {
  return {
    id,
    name: { en: id },
    statesParties: ['CN'],
    regions: ['Asia and the Pacific'],
    category: 'cultural',
    criteria: ['i'],
    inDanger: false,
    transboundary: false,
    status: 'draft',
    createdAt: AT,
    updatedAt: AT,
    ...patch,
  }
}

/** A site property whose values must be unique across sites (error) and single per site (warning). */
export const registerIdProperty: Property = {
  id: 'register-id',
  label: { en: 'register id', zh: '登记编号' },
  datatype: 'string',
  subjects: ['site'],
  constraints: [
    { type: 'unique', severity: 'error' },
    { type: 'single-value', severity: 'warning' },
  ],
}

/** Another English name for the sample's Mogao Caves (whc-440), cited to the UNESCO list. */
export function mogaoAlternativeName(text: string): Draft<'statement'> {
  return {
    subject: { kind: 'site', id: 'whc-440' },
    property: 'alternative-name',
    value: { type: 'monolingual', text, language: 'en' },
    qualifiers: [],
    references: [{ source: 'unesco-world-heritage-list-2024' }],
    rank: 'normal',
    status: 'draft',
  }
}
