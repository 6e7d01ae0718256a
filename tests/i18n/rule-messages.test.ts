import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/main/validation/rules'

const ROOT = path.join(import.meta.dirname, '../..')
const LOCALES = path.join(ROOT, 'src/renderer/src/i18n/locales')
const LANGUAGES = ['en', 'zh-Hans']

type Tree = { [key: string]: string | Tree }

function rulesNamespace(language: string): Tree {
  return JSON.parse(readFileSync(path.join(LOCALES, language, 'rules.json'), 'utf8')) as Tree
}

/** i18next's nested lookup: `title.site.has-location` is title → site → has-location. */
function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

const mainPlaceholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const i18nPlaceholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

/** The rule ids main writes by hand outside the rule list (integrity and date checks). */
function integrityRules(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/main/validation/integrity.ts'), 'utf8')
  return [...new Set([...source.matchAll(/'((?:integrity|source)\.[a-z-]+)'/g)].map((m) => m[1] as string))]
}

/** The JSON-schema keywords main's messages name (`schema.<keyword>` issues). */
function schemaKeywords(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/main/validation/messages.ts'), 'utf8')
  return [...source.matchAll(/case '(\w+)':/g)].map((m) => m[1] as string)
}

describe('validation messages in the interface languages', () => {
  for (const language of LANGUAGES) {
    const strings = rulesNamespace(language)

    it(`${language}: every rule has a title and a message with main's placeholders`, () => {
      expect(RULES.length).toBeGreaterThan(5)
      for (const rule of RULES) {
        expect(lookup(strings, `title.${rule.id}`), `title.${rule.id}`).toBeTruthy()
        const message = lookup(strings, `message.${rule.id}`)
        expect(message, `message.${rule.id}`).toBeTruthy()
        expect(i18nPlaceholders(message ?? ''), rule.id).toEqual(mainPlaceholders(rule.message))
      }
    })

    it(`${language}: every integrity check and schema keyword has a title`, () => {
      const integrity = integrityRules()
      expect(integrity).toContain('integrity.site-exists')
      for (const rule of integrity) expect(lookup(strings, `title.${rule}`), rule).toBeTruthy()
      const keywords = schemaKeywords()
      expect(keywords).toContain('required')
      for (const keyword of keywords) {
        expect(lookup(strings, `schema.title.${keyword}`), keyword).toBeTruthy()
      }
    })
  }

  it('Chinese messages are Chinese, not copies of the English ones', () => {
    const zh = rulesNamespace('zh-Hans')
    for (const rule of RULES) expect(lookup(zh, `message.${rule.id}`)).toMatch(/[\u4e00-\u9fff]/)
  })
})
