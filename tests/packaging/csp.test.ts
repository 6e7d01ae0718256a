import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cspProblems, metaPolicies, parsePolicy } from '../../scripts/packaging/csp'

const ROOT = path.resolve(import.meta.dirname, '../..')
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}" /></head><body>${body}</body></html>`
const GOOD =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'"

// The built index.html (what ships) is checked by the same rules in npm test, after the build step.
describe('the renderer CSP rules', () => {
  it('accept the source index.html', () => {
    expect(cspProblems(readFileSync(path.join(ROOT, 'src/renderer/index.html'), 'utf8'))).toEqual([])
  })

  it('read the policy from a multi-line meta tag', () => {
    const html = `<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src 'self';\n object-src 'none'"\n/>`
    expect(metaPolicies(html)).toEqual(["default-src 'self'; object-src 'none'"])
    expect(parsePolicy("default-src 'self'; img-src 'self' data:").get('img-src')).toEqual([
      "'self'",
      'data:',
    ])
  })

  it('accept a built page that loads its own module script and stylesheet', () => {
    const body =
      '<script type="module" crossorigin src="./assets/index-x.js"></script><link rel="stylesheet" href="./assets/i.css">'
    expect(cspProblems(page(GOOD, body))).toEqual([])
  })

  it.each([
    ['no policy', '<html></html>', /one CSP meta tag, found 0/],
    [
      'eval',
      page(GOOD.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")),
      /script-src allows 'unsafe-eval'/,
    ],
    [
      'inline scripts',
      page(GOOD.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")),
      /'unsafe-inline'/,
    ],
    ['a remote host', page(`${GOOD}; connect-src https://api.example.org`), /remote source: https:/],
    ['a wildcard default', page(GOOD.replace("default-src 'self'", 'default-src *')), /default-src must be/],
    ['plugins', page(GOOD.replace("object-src 'none'", "object-src 'self'")), /object-src must be 'none'/],
    ['fonts from data: URLs', page(`${GOOD}; font-src 'self' data:`), /font-src must be 'self' only/],
    ['an inline script element', page(GOOD, '<script>alert(1)</script>'), /inline <script>/],
    [
      'a script from the web',
      page(GOOD, '<script src="https://cdn.example.org/x.js"></script>'),
      /from outside/,
    ],
  ])('reject %s', (_name, html, problem) => {
    expect(cspProblems(html).join('\n')).toMatch(problem)
  })
})
