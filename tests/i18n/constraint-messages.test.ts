import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONSTRAINT_RULES } from '../../src/main/validation/rules'

const LOCALES = path.join(import.meta.dirname, '../../src/renderer/src/i18n/locales')

type Tree = { [key: string]: string | Tree }
const load = (language: string) =>
  JSON.parse(readFileSync(path.join(LOCALES, language, 'constraints.json'), 'utf8')) as Tree

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/** The wordings of a rule: `message.<rule>` or its contexts `message.<rule>_<context>`. */
function wordings(tree: Tree, rule: string): Map<string, string> {
  const [group = '', name = ''] = rule.split('.')
  const node = (tree.message as Tree | undefined)?.[group]
  const found = new Map<string, string>()
  if (typeof node !== 'object') return found
  for (const [child, text] of Object.entries(node))
    if (typeof text === 'string' && (child === name || child.startsWith(`${name}_`))) found.set(child, text)
  return found
}

const mainPlaceholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
const i18nPlaceholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort()

describe('constraint messages in the interface languages', () => {
  for (const language of ['en', 'zh-Hans']) {
    const strings = load(language)
    it(`${language}: every constraint rule has a title and a wording for each of main's, with its placeholders`, () => {
      expect(CONSTRAINT_RULES.length).toBeGreaterThan(8)
      for (const rule of CONSTRAINT_RULES) {
        expect(lookup(strings, `title.${rule.id}`), `title.${rule.id}`).toBeTruthy()
        const found = wordings(strings, rule.id)
        expect(found.size, rule.id).toBeGreaterThan(0)
        // Main's wordings of this rule id (one rule object per kind of record): each message and context.
        const main = CONSTRAINT_RULES.filter((r) => r.id === rule.id)
          .flatMap((r) => [r.message, ...Object.values(r.messages ?? {})])
          .map(mainPlaceholders)
        for (const [key, text] of found) {
          const said = i18nPlaceholders(text)
          expect(
            main.some((placeholders) => placeholders.join() === said.join()),
            `${rule.id}: ${key}`,
          ).toBe(true)
          if (language === 'zh-Hans') expect(text, key).toMatch(/[\u4e00-\u9fff]/)
        }
      }
    })
  }
})
