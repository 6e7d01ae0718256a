import type { Source } from '@shared/domain'
import { defineRule } from './rule'

const isWeb = (source: Source) => source.URL !== undefined || source.type === 'webpage'

export const sourceRules = [
  defineRule({
    id: 'source.url-is-web',
    kind: 'source',
    severity: 'error',
    message: 'The URL must start with http:// or https://; “{url}” would not open in a browser.',
    check: (source) =>
      source.URL && !/^https?:\/\//i.test(source.URL) ? [{ path: '/URL', params: { url: source.URL } }] : [],
  }),
  defineRule({
    id: 'source.web-accessed-date',
    kind: 'source',
    severity: 'warning',
    message: 'A web source needs the date it was accessed: pages change.',
    check: (source) => (isWeb(source) && !source.accessed ? [{ path: '/accessed', params: {} }] : []),
  }),
  defineRule({
    id: 'source.web-archive-link',
    kind: 'source',
    severity: 'suggestion',
    message:
      'Add an archive link (for example from the Wayback Machine) so the page can be read if it moves.',
    check: (source) =>
      source.URL && !source.custom?.archiveUrl ? [{ path: '/custom/archiveUrl', params: {} }] : [],
  }),
]
