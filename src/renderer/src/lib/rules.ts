import { useTranslation } from 'react-i18next'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { FIELD_LABELS, fieldLabel as mainFieldLabel } from '@shared/field-labels'
import { constraintMessage, constraintTitle } from '@shared/constraint-text'
import type { ParseKeys } from 'i18next'

/** A rule's key, made from the rule id main sends: `i18n.exists` guards it, not tsc. */
type RuleKey = ParseKeys<'rules'>

/**
 * Main's issues in the interface language. Main sends each issue with its rule id and the values
 * in its message (`params`); the renderer says it again from those. A rule the renderer does not
 * know, or an issue without params where its message needs them (ajv keywords main has no words
 * for), keeps main's English message: better English than nothing.
 */
export function useRuleText() {
  const { t, i18n } = useTranslation(['rules', 'fields', 'labels'])
  // The field as main's messages name it (its last named segment), in the interface language.
  const fieldLabel = (path: string) => {
    const english = mainFieldLabel(path)
    const key = Object.keys(FIELD_LABELS).find((candidate) => FIELD_LABELS[candidate] === english)
    return key ? t(`fields:field.${key}`, { defaultValue: english }) : english
  }
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code
    } catch {
      return code
    }
  }

  /** "Citation needed" for `statement.citation-needed`; a schema rule says which check failed. */
  const title = (rule: string): string => {
    const constraint = constraintTitle(i18n, rule)
    if (constraint !== undefined) return constraint
    if (rule.startsWith('schema.')) {
      const keyword = rule.slice(7)
      return t('schemaTitle', { keyword: t(`schema.title.${keyword}`, { defaultValue: keyword }) })
    }
    return t(`title.${rule}`, { defaultValue: rule })
  }

  /**
   * Schema params that are words, not values (`type: integer`, `format: uri`, a pattern's `hint`):
   * said in the interface language, or undefined when this renderer does not know the word.
   */
  const schemaWords = (params: Record<string, string | number>) => {
    const said: Record<string, string | number> = { ...params }
    for (const name of ['type', 'format', 'hint']) {
      const word = params[name]
      if (word === undefined) continue
      if (!i18n.exists(`rules:schema.${name}.${word}`)) return undefined
      said[name] = t(`schema.${name}.${word}` as RuleKey)
    }
    return said
  }

  // i18next leaves a placeholder it has no value for as `{{name}}`: an issue sent without the
  // params its message needs (from an older main) reads better in main's English.
  const complete = (said: string, issue: ValidationIssue) => (said.includes('{{') ? issue.message : said)

  const message = (issue: ValidationIssue): string => {
    const constraint = constraintMessage(i18n, issue)
    if (constraint !== undefined) return constraint
    if (issue.rule.startsWith('schema.')) {
      const keyword = issue.rule.slice(7)
      const params = schemaWords(issue.params ?? {})
      if (!params || !i18n.exists(`rules:schema.message.${keyword}`, params)) return issue.message
      const segments = issue.path.split('/')
      const field = keyword === 'additionalProperties' ? (segments.at(-1) ?? '') : fieldLabel(issue.path)
      return complete(t(`schema.message.${keyword}` as RuleKey, { ...params, field }), issue)
    }
    // `context` picks one wording of a rule that has several (the criteria check).
    if (!issue.params || !i18n.exists(`rules:message.${issue.rule}`, issue.params)) return issue.message
    const params: Record<string, string | number> = { ...issue.params }
    if (typeof params.flag === 'string') params.flag = t(`flag.${params.flag}`, { defaultValue: params.flag })
    if (typeof params.language === 'string') params.language = languageName(params.language)
    // The export gate's reasons name a status and a record kind: words, said in the interface's.
    if (typeof params.status === 'string')
      params.status = t(`labels:status.${params.status}`, { defaultValue: params.status })
    if (typeof params.kind === 'string')
      params.kind = t(`labels:kind.${params.kind}`, { defaultValue: params.kind }).toLowerCase()
    return complete(t(`message.${issue.rule}` as RuleKey, params), issue)
  }

  const kind = (value: RecordKind): string => t(`labels:kind.${value}`)

  return { title, message, kind }
}
