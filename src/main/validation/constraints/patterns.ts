/** Constraint patterns, compiled once each; a pattern that is not a regular expression is null. */
const compiled = new Map<string, RegExp | null>()

/** The pattern as a whole-value match ("matches this pattern in full", as Wikibase's format constraint). */
export function wholeValuePattern(pattern: string): RegExp | null {
  let regex = compiled.get(pattern)
  if (regex === undefined) {
    regex = patternError(pattern) === undefined ? new RegExp(`^(?:${pattern})$`, 'u') : null
    compiled.set(pattern, regex)
  }
  return regex
}

/** Why a pattern cannot be read, or undefined when it can. */
export function patternError(pattern: string): string | undefined {
  try {
    new RegExp(`^(?:${pattern})$`, 'u')
    return undefined
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '')
  }
}
