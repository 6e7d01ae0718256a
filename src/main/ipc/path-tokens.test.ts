import { describe, expect, it } from 'vitest'
import type { PathToken } from '@shared/domain'
import { PATH_TOKEN_PATTERN, PathTokens } from './path-tokens'

describe('PathTokens', () => {
  it('hands out opaque tokens that stand for a path, for one purpose only', () => {
    const tokens = new PathTokens()
    const folder = tokens.issue('/home/curator/datasets/china', 'dataset-folder')
    expect(folder).toMatch(new RegExp(PATH_TOKEN_PATTERN))
    expect(folder).not.toContain('china')
    expect(tokens.resolve(folder, 'dataset-folder')).toBe('/home/curator/datasets/china')
    expect(() => tokens.resolve(folder, 'import-file')).toThrow(/not chosen in the app/)
    expect(tokens.issue('/home/curator/datasets/china', 'dataset-folder')).toBe(folder)
  })

  it('refuses strings it never issued, paths included', () => {
    const tokens = new PathTokens()
    for (const forged of ['/etc/passwd', `tok-${'a'.repeat(32)}`, '']) {
      expect(() => tokens.resolve(forged as PathToken, 'import-file')).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }) as Error,
      )
    }
  })

  it('forgets the oldest tokens of a purpose past 64, and keeps the others', () => {
    const tokens = new PathTokens()
    const folder = tokens.issue('/data/kept', 'dataset-folder')
    const files = Array.from({ length: 65 }, (_, i) => tokens.issue(`/in/${i}.csv`, 'import-file'))
    expect(() => tokens.resolve(files[0] as PathToken, 'import-file')).toThrow()
    expect(tokens.resolve(files[64] as PathToken, 'import-file')).toBe('/in/64.csv')
    expect(tokens.resolve(folder, 'dataset-folder')).toBe('/data/kept')
  })
})
