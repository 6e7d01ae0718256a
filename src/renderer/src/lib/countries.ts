const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** A country's English name from its ISO 3166-1 alpha-2 code ("China" for CN), or the code itself. */
export function countryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}
