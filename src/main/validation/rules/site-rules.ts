import { defineRule } from './rule'

/** The World Heritage List began with the first inscriptions, in 1978. */
const FIRST_INSCRIPTIONS = 1978

export const siteRules = [
  defineRule({
    id: 'site.inscribed-before-1978',
    kind: 'site',
    severity: 'error',
    message:
      'Year inscribed {year} is before {first}, the year of the first inscriptions on the World Heritage List.',
    check: (site) =>
      site.unescoId !== undefined &&
      site.yearInscribed !== undefined &&
      site.yearInscribed < FIRST_INSCRIPTIONS
        ? [{ path: '/yearInscribed', params: { year: site.yearInscribed, first: FIRST_INSCRIPTIONS } }]
        : [],
  }),
  defineRule({
    id: 'site.transboundary-matches-states',
    kind: 'site',
    severity: 'warning',
    message:
      'Transboundary is {flag}, but the site has {count} states parties: a transboundary site has more than one.',
    check: (site) => {
      const shared = site.statesParties.length > 1
      if (shared === site.transboundary || site.statesParties.length === 0) return []
      return [
        {
          path: '/transboundary',
          params: { flag: site.transboundary ? 'on' : 'off', count: site.statesParties.length },
        },
      ]
    },
  }),
  defineRule({
    id: 'site.has-state-party',
    kind: 'site',
    severity: 'warning',
    message: 'No state party is given: add the ISO code of the country (or countries) where the site lies.',
    check: (site) => (site.statesParties.length === 0 ? [{ path: '/statesParties', params: {} }] : []),
  }),
  defineRule({
    id: 'site.has-location',
    kind: 'site',
    severity: 'warning',
    message: 'The site has no coordinates, so it cannot be shown on the map.',
    check: (site) => (site.location ? [] : [{ path: '/location', params: {} }]),
  }),
  defineRule({
    id: 'site.name-in-required-languages',
    kind: 'site',
    severity: 'suggestion',
    message: 'The dataset asks for names in {language}; this site has none.',
    check: (site, context) =>
      context.manifest.languages
        .filter((language) => !site.name[language])
        .map((language) => ({ path: `/name/${language}`, params: { language } })),
  }),
]
