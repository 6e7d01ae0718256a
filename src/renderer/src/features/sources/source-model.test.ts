import { describe, expect, it } from 'vitest'
import type { Source } from '@shared/domain'
import { sourceDraft, sourceFormValues } from './source-model'

const source: Source = {
  id: 'every',
  type: 'chapter',
  title: 'The <i>Nine</i> Symphonies',
  author: [
    { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van', suffix: 'Jr.' },
    { literal: 'UNESCO World Heritage Centre' },
  ],
  issued: { 'date-parts': [[2020, 21]], season: 'Spring' },
  accessed: { 'date-parts': [[1800], [1810]], circa: true },
  volume: 12,
  status: 'draft',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
}

describe('the source form keeps what it does not show', () => {
  it('saving an untouched form keeps CSL names, seasons, ranges and other variables as they were', () => {
    const result = sourceDraft(sourceFormValues(source), source)
    expect(result).toHaveProperty('draft')
    const { draft } = result as { draft: Source }
    expect(draft.author).toEqual(source.author)
    expect(draft.issued).toEqual(source.issued)
    expect(draft.accessed).toEqual(source.accessed)
    expect(draft.volume).toBe(12)
  })
})

describe('the source form’s identifiers', () => {
  it('keeps a DOI and an ISBN as typed (trimmed), and an emptied field removes the identifier', () => {
    const withIds = { ...source, DOI: '10.1234/abc', ISBN: '978-7-01-000000-0' }
    const values = sourceFormValues(withIds)
    expect(values).toMatchObject({ DOI: '10.1234/abc', ISBN: '978-7-01-000000-0' })
    const edited = sourceDraft({ ...values, DOI: ' 10.1234/XYZ ', ISBN: '' }, withIds) as { draft: Source }
    expect(edited.draft.DOI).toBe('10.1234/XYZ')
    expect(edited.draft).not.toHaveProperty('ISBN')
  })
})
