import { useTranslation } from 'react-i18next'
import type { RecordKind, ValidationIssue } from '../../../shared/result'
import { FIELD_LABELS, fieldLabel as mainFieldLabel } from '../../../shared/field-labels'

/**
 * Main's issues in the interface language. Main sends each issue with its rule id and the values
 * in its message (`params`); the renderer says it again from those. A rule the renderer does not
 * know, or an issue without params where its message needs them (integrity checks, most schema
 * keywords, the criteria check), keeps main's English message: better English than nothing.
 */
export function useRuleText() {
  const { t, i18n } = useTranslation('rules')
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
    if (rule.startsWith('schema.')) {
      const keyword = rule.slice(7)
      return t('schemaTitle', { keyword: t(`schema.title.${keyword}`, { defaultValue: keyword }) })
    }
    return t(`title.${rule}`, { defaultValue: rule })
  }

  const message = (issue: ValidationIssue): string => {
    if (issue.rule.startsWith('schema.')) {
      const keyword = issue.rule.slice(7)
      if (!i18n.exists(`rules:schema.message.${keyword}`)) return issue.message
      const segments = issue.path.split('/')
      const field = keyword === 'additionalProperties' ? (segments.at(-1) ?? '') : fieldLabel(issue.path)
      return t(`schema.message.${keyword}`, { field })
    }
    if (!issue.params || !i18n.exists(`rules:message.${issue.rule}`)) return issue.message
    const params: Record<string, string | number> = { ...issue.params }
    if (typeof params.flag === 'string') params.flag = t(`flag.${params.flag}`, { defaultValue: params.flag })
    if (typeof params.language === 'string') params.language = languageName(params.language)
    return t(`message.${issue.rule}`, params)
  }

  const kind = (value: RecordKind): string => t(`labels:kind.${value}`)

  return { title, message, kind }
}
