import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const LOCALES = path.join(import.meta.dirname, '../../src/renderer/src/i18n/locales')
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof child === 'string') out.set(name, child)
    else for (const [k, v] of flatten(child, name)) out.set(k, v)
  }
  return out
}

function load(language: string): Map<string, Map<string, string>> {
  const folder = path.join(LOCALES, language)
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file, flatten(JSON.parse(readFileSync(path.join(folder, file), 'utf8')))]),
  )
}

/** English has "_one" and "_other" forms where Chinese has only "_other": compare the base keys. */
function baseKeys(strings: Map<string, string>): string[] {
  return [...new Set([...strings.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort()
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

describe('interface strings', () => {
  const en = load('en')
  const zh = load('zh-Hans')

  it('has the same namespaces in English and Chinese', () => {
    // Not vacuously: the strings are where this test reads them.
    expect([...en.keys()]).toContain('common.json')
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort())
  })

  for (const [file, english] of en) {
    it(`${file}: every English string has a Chinese one with the same placeholders`, () => {
      const chinese = zh.get(file) ?? new Map<string, string>()
      expect(baseKeys(chinese)).toEqual(baseKeys(english))
      for (const [key, text] of chinese) {
        expect(text.trim(), `${file} ${key} is empty`).not.toBe('')
        const englishText = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'))
        if (englishText !== undefined)
          expect(placeholders(text), `${file} ${key}`).toEqual(placeholders(englishText))
      }
    })
  }
})
