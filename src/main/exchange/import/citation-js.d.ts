// citation-js ships no type declarations; these cover the little this project calls.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** Parses input of a (forced) format down to CSL-JSON items. */
      chain(
        data: unknown,
        options?: { forceType?: string; generateGraph?: boolean },
      ): Record<string, unknown>[]
    }
  }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
