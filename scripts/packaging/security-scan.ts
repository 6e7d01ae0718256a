// `npm test`'s security scan: Electronegativity over src/ and package.json, with the Electron
// version given explicitly (it cannot look it up offline). Electronegativity reports findings
// but always exits 0, so this reads them and fails on any that security/electronegativity-allowlist.json
// does not list with a reason. An allow-list entry names the check, the file (a glob) and, where
// it is one line, that line's text: a reviewed line that changes is a new finding.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Finding {
  check: string
  /** Relative to the project, with forward slashes; "N/A" for an app-wide finding. */
  file: string
  line: number
  /** What was found: the trimmed text of the line, the policy for a CSP finding, "" app-wide. */
  source: string
  severity: string
  confidence: string
  description: string
}

export interface AllowEntry {
  check: string
  /** A path relative to the project; `*` matches within a folder, `**` across folders. */
  file: string
  /** The finding's `source` (the line's text, a CSP's policy); without it, any in the file(s). */
  source?: string
  reason: string
}

export interface AllowList {
  /** Checks not run at all, each with the reason. */
  excludedChecks: { check: string; reason: string }[]
  allowed: AllowEntry[]
}

export interface Review {
  unreviewed: Finding[]
  allowed: { finding: Finding; entry: AllowEntry }[]
  /** Entries that matched nothing: the code they excused has gone, so they can go too. */
  stale: AllowEntry[]
}

function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*')
  return new RegExp(`^${pattern}$`)
}

export function matches(entry: AllowEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    globToRegExp(entry.file).test(finding.file) &&
    (entry.source === undefined || entry.source === finding.source)
  )
}

/** Sorts findings into allowed and unreviewed. Every allow-list entry must give a reason. */
export function review(findings: Finding[], allowList: AllowList): Review {
  const unexplained = allowList.allowed.filter((entry) => !entry.reason?.trim())
  if (unexplained.length > 0) {
    throw new Error(`Allow-list entries without a reason: ${JSON.stringify(unexplained)}`)
  }
  const used = new Set<AllowEntry>()
  const result: Review = { unreviewed: [], allowed: [], stale: [] }
  for (const finding of findings) {
    const entry = allowList.allowed.find((e) => matches(e, finding))
    if (entry) {
      used.add(entry)
      result.allowed.push({ finding, entry })
    } else {
      result.unreviewed.push(finding)
    }
  }
  result.stale = allowList.allowed.filter((entry) => !used.has(entry))
  return result
}

interface RawIssue {
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  confidence: { name: string }
  description: string
  /** Set by some checks to what they matched (the CSP check: the policy). */
  sample?: string
}

interface RunResult {
  issues: RawIssue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}

type Runner = (options: Record<string, unknown>) => Promise<RunResult>

/**
 * Electronegativity's own i18n setup downloads translations before every run; this answers
 * it from the English strings the package ships, so the scan makes no network request.
 */
function loadOfflineRunner(): Runner {
  const require = createRequire(import.meta.url)
  const i18nModule = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js')
  const i18n = createRequire(i18nModule)('i18n') as {
    configure(options: Record<string, unknown>): void
    setLocale(locale: string): void
  }
  const setUp = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nModule),
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    })
    i18n.setLocale('en-US')
  }
  require.cache[i18nModule] = {
    id: i18nModule,
    filename: i18nModule,
    loaded: true,
    exports: setUp,
  } as NodeJS.Module
  return require('@doyensec/electronegativity') as Runner
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

export function electronVersion(projectDir: string): string {
  const manifest = path.join(projectDir, 'node_modules/electron/package.json')
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
}

/** Scans src/ (tests left out: they never ship) and package.json, as they are in `projectDir`. */
export async function scan(
  projectDir: string,
  allowList: AllowList,
  sarifFile?: string,
): Promise<{ findings: Finding[]; parseErrors: string[]; version: string }> {
  const stage = mkdtempSync(path.join(tmpdir(), 'hc-electronegativity-'))
  try {
    cpSync(path.join(projectDir, 'src'), path.join(stage, 'src'), {
      recursive: true,
      filter: (source) => !/\.test\.tsx?$/.test(source),
    })
    cpSync(path.join(projectDir, 'package.json'), path.join(stage, 'package.json'))
    const version = electronVersion(projectDir)
    const result = await loadOfflineRunner()({
      input: stage,
      output: sarifFile,
      isSarif: Boolean(sarifFile),
      isRelative: true,
      electronVersionOverride: version,
      customScan: [],
      excludeFromScan: allowList.excludedChecks.map((c) => c.check.toLowerCase()),
      parserPlugins: [],
    })
    const lines = new Map<string, string[]>()
    const sourceLine = (file: string, line: number): string => {
      const full = path.join(projectDir, file)
      if (line < 1 || !existsSync(full)) return ''
      if (!lines.has(file)) lines.set(file, readFileSync(full, 'utf8').split(/\r?\n/))
      return lines.get(file)?.[line - 1]?.trim() ?? ''
    }
    const findings = result.issues.map((issue): Finding => {
      const file = issue.file === 'N/A' ? 'N/A' : toPosix(issue.file)
      return {
        check: issue.id,
        file,
        line: issue.location.line,
        source: issue.sample ?? (file === 'N/A' ? '' : sourceLine(file, issue.location.line)),
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
      }
    })
    const parseErrors = result.errors
      .filter((e) => !e.tolerable)
      .map((e) => `${toPosix(path.relative(stage, e.file))}: ${e.message}`)
    return { findings, parseErrors, version }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

export function loadAllowList(projectDir: string): AllowList {
  const file = path.join(projectDir, 'security/electronegativity-allowlist.json')
  return JSON.parse(readFileSync(file, 'utf8')) as AllowList
}

function describeFinding(f: Finding): string {
  const where = f.file === 'N/A' ? 'app-wide' : `${f.file}:${f.line}`
  return `${f.check} (${f.severity}, ${f.confidence}) at ${where}${f.source ? `\n      ${f.source}` : ''}\n      ${f.description}`
}

async function main(): Promise<number> {
  const projectDir = path.resolve(import.meta.dirname, '../..')
  const allowList = loadAllowList(projectDir)
  mkdirSync(path.join(projectDir, 'test-results'), { recursive: true })
  const sarif = path.join(projectDir, 'test-results/electronegativity.sarif')
  const { findings, parseErrors, version } = await scan(projectDir, allowList, sarif)
  const result = review(findings, allowList)
  console.log(
    `Electronegativity (Electron ${version}): ${findings.length} findings, ${result.allowed.length} reviewed in ` +
      `security/electronegativity-allowlist.json, ${result.unreviewed.length} new; ` +
      `${allowList.excludedChecks.length} check(s) not run (see the allow-list).`,
  )
  for (const entry of result.stale) {
    console.log(`  note: allow-list entry matches nothing now and can be removed: ${JSON.stringify(entry)}`)
  }
  for (const error of parseErrors) console.error(`  could not parse ${error}`)
  for (const finding of result.unreviewed) console.error(`  NEW ${describeFinding(finding)}`)
  if (result.unreviewed.length > 0) {
    console.error(
      '\nFix each new finding, or, once reviewed, add it to security/electronegativity-allowlist.json' +
        ' with { check, file, source, reason }. Full report: test-results/electronegativity.sarif',
    )
  }
  if (parseErrors.length > 0)
    console.error('\nFiles Electronegativity cannot parse are files it did not check.')
  return result.unreviewed.length > 0 || parseErrors.length > 0 ? 1 : 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main()
}
