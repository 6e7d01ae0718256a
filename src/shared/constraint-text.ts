/**
 * Constraint issues in the interface language. Pure over an i18next instance (the renderer's, or
 * a test's over the same strings), so that main's tests say an issue as the renderer says it.
 */
import type { i18n as I18n, ParseKeys } from 'i18next'
import type { ValidationIssue } from './result'
import { FIELD_LABELS, fieldLabel } from './field-labels'

/** The rules whose words live in the `constraints` namespace: constraints and property checks. */
function isConstraintRule(rule: string): boolean {
  return rule.startsWith('constraint.') || rule.startsWith('property.')
}

/** A field's label in the interface language, from the JSON pointer main names it by. */
function localFieldLabel(i18n: I18n, path: string): string {
  const english = fieldLabel(path)
  const key = Object.keys(FIELD_LABELS).find((candidate) => FIELD_LABELS[candidate] === english)
  return key ? i18n.t(`fields:field.${key}`, { defaultValue: english }) : english
}

function languageName(i18n: I18n, code: string): string {
  try {
    return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

/** "Value already used" for `constraint.unique`; undefined for rules of other namespaces. */
export function constraintTitle(i18n: I18n, rule: string): string | undefined {
  if (!isConstraintRule(rule)) return undefined
  return i18n.t(`constraints:title.${rule}`, { defaultValue: rule })
}

/**
 * A constraint issue in the interface language, from its rule id and params: the field, the
 * site category and the language it names are said in that language too. Undefined for rules of
 * other namespaces, and main's English when this renderer has no words for the rule.
 */
export function constraintMessage(i18n: I18n, issue: ValidationIssue): string | undefined {
  if (!isConstraintRule(issue.rule)) return undefined
  const key = `constraints:message.${issue.rule}`
  if (!issue.params || !i18n.exists(key, issue.params)) return issue.message
  const params: Record<string, string | number> = { ...issue.params }
  if (params.field !== undefined) params.field = localFieldLabel(i18n, issue.path)
  if (typeof params.category === 'string')
    params.category = i18n.t(`labels:category.${params.category}`, { defaultValue: params.category })
  if (typeof params.language === 'string') params.language = languageName(i18n, params.language)
  const said = i18n.t(key as `constraints:${ParseKeys<'constraints'>}`, params)
  return said.includes('{{') ? issue.message : said
}
