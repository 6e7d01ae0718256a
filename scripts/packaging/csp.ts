// The renderer's Content Security Policy rules, checked against an index.html: the source one in
// unit tests, and the BUILT one (what ships) by `npm test` right after the build step:
//   tsx scripts/packaging/csp.ts out/renderer/index.html
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The policies in `<meta http-equiv="Content-Security-Policy" content="...">` tags. */
export function metaPolicies(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gis) ?? []
  return tags
    .filter((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*(["'])(.*?)\1/is.exec(tag)?.[2]?.replace(/\s+/g, ' ').trim() ?? '')
}

export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), values)
  }
  return directives
}

/** Sources that would let the page load or run code from outside the app. */
const REMOTE = /^(\*|https?:|wss?:|http:\/\/|https:\/\/|blob:|filesystem:)|^[a-z0-9.-]+\.[a-z]{2,}/i
const CODE_UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", 'data:']

/**
 * What is wrong with a page's CSP, in plain words; empty when nothing is. `style-src
 * 'unsafe-inline'` is accepted: Mantine sets styles at run time.
 */
export function cspProblems(html: string): string[] {
  const policies = metaPolicies(html)
  if (policies.length !== 1) return [`expected one CSP meta tag, found ${policies.length}`]
  const csp = parsePolicy(policies[0] ?? '')
  const problems: string[] = []
  const effective = (name: string) => csp.get(name) ?? csp.get('default-src')
  const defaults = csp.get('default-src')
  if (!defaults || !(defaults.join(' ') === "'self'" || defaults.join(' ') === "'none'")) {
    problems.push(`default-src must be 'self' or 'none', is ${defaults?.join(' ') ?? 'missing'}`)
  }
  for (const source of effective('script-src') ?? []) {
    if (CODE_UNSAFE.includes(source)) problems.push(`script-src allows ${source}`)
  }
  if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'")
  // The bundled font ships with the app: nothing else (no data: URLs) may be loaded as a font.
  const fonts = effective('font-src') ?? []
  if (fonts.some((source) => source !== "'self'" && source !== "'none'")) {
    problems.push(`font-src must be 'self' only, is ${fonts.join(' ')}`)
  }
  if (!['none', 'self'].some((v) => csp.get('base-uri')?.join(' ') === `'${v}'`)) {
    problems.push("base-uri must be 'none' or 'self'")
  }
  for (const [name, sources] of csp) {
    for (const source of sources) {
      if (REMOTE.test(source)) problems.push(`${name} allows a remote source: ${source}`)
    }
  }
  const inlineScripts = (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !/\bsrc\s*=/i.test(tag))
  if (inlineScripts.length > 0) problems.push(`${inlineScripts.length} inline <script> element(s)`)
  for (const [, url] of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
    if (url && /^[a-z][a-z0-9+.-]*:/i.test(url)) problems.push(`loads ${url} from outside the app`)
  }
  return problems
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'out/renderer/index.html'
  let html: string
  try {
    html = readFileSync(file, 'utf8')
  } catch {
    console.error(`${file} is missing: run npm run build first.`)
    process.exit(1)
  }
  const problems = cspProblems(html)
  if (problems.length > 0) {
    console.error(`The Content Security Policy of ${file} is too permissive:`)
    for (const problem of problems) console.error(`  - ${problem}`)
    process.exit(1)
  }
  console.log(`${file}: CSP ok (${metaPolicies(html)[0]})`)
}
