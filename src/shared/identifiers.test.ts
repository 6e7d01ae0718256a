import { describe, expect, it } from 'vitest'
import { formatIdentifierUrl, identifierFields, identifierUrl } from './identifiers'

describe('identifier links', () => {
  it('links a UNESCO id to the List’s page, a Wikidata item to its page and a DOI to doi.org, slash kept', () => {
    expect(identifierUrl('site', 'unescoId', 440)).toBe('https://whc.unesco.org/en/list/440')
    expect(identifierUrl('site', 'wikidataId', 'Q180969')).toBe('https://www.wikidata.org/wiki/Q180969')
    expect(identifierUrl('source', 'DOI', '10.1234/a b')).toBe('https://doi.org/10.1234/a%20b')
  })

  it('gives no link for an empty value, a field without a pattern, or a pattern that is not http(s)', () => {
    expect(identifierUrl('site', 'wikidataId', '')).toBeUndefined()
    expect(identifierUrl('source', 'ISBN', '9787010000000')).toBeUndefined()
    expect(formatIdentifierUrl('javascript:alert($1)', 'x')).toBeUndefined()
    expect(formatIdentifierUrl('https://example.org/register', 'x')).toBeUndefined()
  })

  it('encodes what a value could smuggle into the address', () => {
    expect(formatIdentifierUrl('https://example.org/r/$1', 'a?b#c')).toBe('https://example.org/r/a%3Fb%23c')
  })
})

describe('identifier comparison', () => {
  const normalize = (field: string, value: string) =>
    [...identifierFields('site'), ...identifierFields('source')]
      .find((f) => f.field === field)!
      .normalize(value)

  it('one DOI however written, one ISBN with or without hyphens, one URL with or without a trailing slash', () => {
    expect(normalize('DOI', 'https://doi.org/10.1234/ABC')).toBe(normalize('DOI', '10.1234/abc'))
    expect(normalize('ISBN', '978-7-01-000000-0')).toBe(normalize('ISBN', '9787010000000'))
    expect(normalize('URL', 'HTTPS://Example.org/a/')).toBe(normalize('URL', 'https://example.org/a#top'))
    expect(normalize('URL', 'https://example.org/A')).not.toBe(normalize('URL', 'https://example.org/a'))
  })
})
