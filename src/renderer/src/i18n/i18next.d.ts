// Types every t() key from the English files, so a key that does not exist fails `tsc`.
// (i18next reads these types only; the strings themselves are bundled by resources.ts.)
import type common from './locales/en/common.json'
import type constraints from './locales/en/constraints.json'
import type countries from './locales/en/countries.json'
import type duplicates from './locales/en/duplicates.json'
import type exchange from './locales/en/exchange.json'
import type fields from './locales/en/fields.json'
import type forms from './locales/en/forms.json'
import type history from './locales/en/history.json'
import type labels from './locales/en/labels.json'
import type map from './locales/en/map.json'
import type palette from './locales/en/palette.json'
import type problems from './locales/en/problems.json'
import type properties from './locales/en/properties.json'
import type quickstatements from './locales/en/quickstatements.json'
import type rules from './locales/en/rules.json'
import type shell from './locales/en/shell.json'
import type shortcuts from './locales/en/shortcuts.json'
import type sites from './locales/en/sites.json'
import type sources from './locales/en/sources.json'
import type statements from './locales/en/statements.json'
import type tables from './locales/en/tables.json'
import type team from './locales/en/team.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      constraints: typeof constraints
      countries: typeof countries
      duplicates: typeof duplicates
      exchange: typeof exchange
      fields: typeof fields
      forms: typeof forms
      history: typeof history
      labels: typeof labels
      map: typeof map
      palette: typeof palette
      problems: typeof problems
      properties: typeof properties
      quickstatements: typeof quickstatements
      rules: typeof rules
      shell: typeof shell
      shortcuts: typeof shortcuts
      sites: typeof sites
      sources: typeof sources
      statements: typeof statements
      tables: typeof tables
      team: typeof team
    }
  }
}
