import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONSTRAINT_RULES, RULES } from '../../src/main/validation/rules'

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

/** The wordings of a rule: `message.<rule>` itself or its i18next contexts `message.<rule>_<context>`. */
function wordings(tree: Tree, key: string): Map<string, string> {
  const parent = key.split('.').slice(0, -1).join('.')
  const name = key.split('.').at(-1) as string
  const node = parent
    ? parent
        .split('.')
        .reduce<string | Tree | undefined>((n, part) => (typeof n === 'object' ? n[part] : undefined), tree)
    : tree
  const found = new Map<string, string>()
  if (typeof node !== 'object') return found
  for (const [child, text] of Object.entries(node)) {
    if (typeof text === 'string' && (child === name || child.startsWith(`${name}_`))) found.set(child, text)
  }
  return found
}

/** The contexts main sends for the criteria check (`context: 'natural-on-cultural'`). */
function criteriaContexts(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/main/validation/messages.ts'), 'utf8')
  return [...source.matchAll(/context: '([a-z-]+)'/g)].map((m) => m[1] as string)
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

  // Main's issues carry their values as params; a message missing here is shown in main's English.
  const english = rulesNamespace('en')
  const chinese = rulesNamespace('zh-Hans')

  it('every integrity check and schema keyword main emits has a message in both languages, with the same placeholders', () => {
    const keys = [
      ...integrityRules().map((rule) => `message.${rule}`),
      ...schemaKeywords().map((keyword) => `schema.message.${keyword}`),
    ]
    expect(keys).toContain('schema.message.minimum')
    for (const key of keys) {
      const en = wordings(english, key)
      const zh = wordings(chinese, key)
      expect(en.size, `${key} in English`).toBeGreaterThan(0)
      expect(zh.size, `${key} in Chinese`).toBeGreaterThan(0)
      for (const [name, text] of zh) {
        const other = en.get(name) ?? en.get(name.replace(/_other$/, '_one'))
        expect(other, `${key}: ${name} in English`).toBeDefined()
        expect(i18nPlaceholders(text), `${key}: ${name}`).toEqual(i18nPlaceholders(other ?? ''))
        expect(text, `${key}: ${name} is Chinese`).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })

  it('each wording of the criteria check is translated', () => {
    const contexts = criteriaContexts()
    expect(contexts).toHaveLength(4)
    for (const context of contexts) {
      const key = `message.site.criteria-match-category_${context}`
      expect(lookup(english, key), key).toBeTruthy()
      expect(i18nPlaceholders(lookup(chinese, key) ?? ''), key).toEqual(
        i18nPlaceholders(lookup(english, key) ?? ''),
      )
    }
  })

  /**
   * Rule ids main writes by hand beside the rule lists, on records the Problems page and the
   * export's left-out table show: each group header and reason is titled in the curator's words.
   */
  function handWrittenRules(): string[] {
    const files = [
      'src/main/exchange/gate.ts',
      'src/main/records/property-usage.ts',
      'src/main/records/dependents.ts',
      'src/main/dataset/record-checks.ts',
      'src/renderer/src/features/properties/property-model.ts',
    ]
    const ids = files.flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), 'utf8')
      return [...source.matchAll(/rule: '((?:export|property|integrity)\.[a-z-]+)'/g)].map(
        (m) => m[1] as string,
      )
    })
    return [...new Set(ids)]
  }

  it('every rule on a record (property checks, export gate, hand-written checks) has a title in both languages', () => {
    const ids = [
      ...CONSTRAINT_RULES.map((rule) => rule.id).filter((id) => !id.startsWith('constraint.')),
      ...handWrittenRules(),
    ]
    expect(ids).toEqual(
      expect.arrayContaining([
        'property.label-in-required-languages',
        'export.not-approved',
        'integrity.unique-id',
      ]),
    )
    for (const id of ids) {
      expect(lookup(english, `title.${id}`), `title.${id} in English`).toBeTruthy()
      expect(lookup(chinese, `title.${id}`), `title.${id} in Chinese`).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('the export gate and the property checks say their reasons in both languages, same placeholders', () => {
    const keys = [
      ...CONSTRAINT_RULES.map((rule) => rule.id).filter((id) => id.startsWith('property.')),
      ...handWrittenRules().filter((id) => id.startsWith('export.') || id.startsWith('property.')),
    ].map((id) => `message.${id}`)
    for (const key of keys) {
      const en = wordings(english, key)
      const zh = wordings(chinese, key)
      expect(en.size, `${key} in English`).toBeGreaterThan(0)
      expect([...zh.keys()].sort(), `${key}: the same wordings`).toEqual([...en.keys()].sort())
      for (const [name, text] of zh)
        expect(i18nPlaceholders(text), name).toEqual(i18nPlaceholders(en.get(name) ?? ''))
    }
  })

  it('Chinese messages are Chinese, not copies of the English ones', () => {
    const zh = rulesNamespace('zh-Hans')
    for (const rule of RULES) expect(lookup(zh, `message.${rule.id}`)).toMatch(/[\u4e00-\u9fff]/)
  })
})
