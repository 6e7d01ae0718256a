/**
 * The renderer at scale (issue 7, item 4; issue 16, item 4): the built renderer in Chromium,
 * its `window.api` bridged to main's real services as in the e2e harness, over a generated
 * dataset of 100,000 sites. Measures open to the first painted table row, keystroke to
 * filtered rows (p50, p95 over every keystroke of several searches, in three runs of a fresh
 * page each: at least 50 keystrokes) and the most table rows in the DOM while scrolling the
 * whole list. Prints one JSON line. Needs `npx electron-vite build` (out/renderer).
 * Usage: node --import tsx bench/renderer.ts [sites]
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Page as PlaywrightPage } from '@playwright/test'
import { EventRelay, openAppPage, startServices } from '../e2e/fixtures/app'
import { startStaticServer } from '../e2e/fixtures/static-server'
import type { DatasetInfo, Page, SiteRow } from '@shared/domain'
import { generateDataset } from './generate'
import { percentile } from './stats'

const ROOT = path.resolve(import.meta.dirname, '..')
/** Typed letter by letter in each run; "mogoa" is Mogao with a typo, "cathedrl" one left out. */
const SEARCHES = ['temple', 'fort', 'lake', '城', 'palace', 'mogoa', 'cathedrl']
/** Runs of every search, each in a fresh page. */
const RUNS = 3

/**
 * In-page script (a string: the node tsconfig has no DOM types): sets the search field as a
 * keystroke would and answers the milliseconds until a frame shows both the count line `label`
 * and main's first row for the search (`firstName` in the table's first row; null: no rows), so
 * that neither a count shown over the previous rows nor rows under the previous count would do.
 */
function typeAndWait(value: string, label: string, firstName: string | null): string {
  return `new Promise((resolve) => {
    const input = document.querySelector('input[placeholder^="Name"]')
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    const start = performance.now()
    setter.call(input, ${JSON.stringify(value)})
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const firstName = ${JSON.stringify(firstName)}
    const check = () => {
      const counted = [...document.querySelectorAll('p')].some((p) => p.textContent === ${JSON.stringify(label)})
      const first = document.querySelector('tbody tr[aria-rowindex="2"]')
      const rows = firstName === null ? first === null : (first?.textContent ?? '').includes(firstName)
      if (counted && rows) resolve(performance.now() - start)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })`
}

export interface RendererFigures {
  sites: number
  /** Open to the first painted table: the first run's (main builds the site index then). */
  firstTableMs: number
  /** Over every keystroke of every run; `runs`: each run's p95. */
  keystroke: { p50: number; p95: number; n: number; runs: number[] }
  mostRowsInDom: number
}

/** Runs this file in a process of its own (its Chromium and main services apart from the bench's). */
export async function measureRenderer(sites: number): Promise<RendererFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', 'bench/renderer.ts', String(sites)],
    { cwd: ROOT, maxBuffer: 1e7, timeout: 900_000 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as RendererFigures
}

async function main(sites: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-bench-renderer-'))
  const datasetPath = path.join(work, 'dataset')
  await generateDataset(datasetPath, {
    name: 'renderer',
    sites,
    sources: Math.ceil(sites / 50),
    statements: sites / 2,
  })
  const shell = { folderAnswers: [], fileAnswers: [], openedUrls: [] }
  const relay = new EventRelay()
  // As after the app's first start: the curator has given their name (else its dialog covers the page).
  const userDataDir = path.join(work, 'user')
  await mkdir(userDataDir, { recursive: true })
  await writeFile(
    path.join(userDataDir, 'settings.json'),
    `${JSON.stringify({ curatorName: 'Bench Curator' })}\n`,
  )
  const services = await startServices({ datasetPath, userDataDir, shell }, relay)
  const server = await startStaticServer({ root: path.join(ROOT, 'out/renderer') })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' })
  try {
    const info = await services.dispatch('getDatasetInfo', [])
    const language = info.ok ? ((info.value as DatasetInfo).manifest.languages[0] ?? 'en') : 'en'
    const expectedFor = async (text: string) => {
      const query = { search: text, sortBy: 'name', sortDirection: 'asc', limit: 1, facetCounts: false }
      const answer = await services.dispatch('queryRecords', ['site', query])
      if (!answer.ok) throw new Error(`queryRecords ${JSON.stringify(query)}: ${answer.error.message}`)
      const { total, rows } = answer.value as Page<SiteRow>
      const name = rows[0] ? (rows[0].name[language] ?? Object.values(rows[0].name)[0] ?? '') : null
      return { label: format(total), name }
    }
    const keystrokes: number[] = []
    const runs: number[] = []
    const opens: number[] = []
    let mostRows = 0
    for (let run = 1; run <= RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      const started = performance.now()
      await openAppPage(page, services, `${server.url}/index.html`, relay)
      await page.locator('tbody tr td').first().waitFor({ timeout: 600_000 })
      opens.push(performance.now() - started)
      const times = await typeSearches(page, expectedFor)
      keystrokes.push(...times)
      runs.push(percentile(times, 95))
      await page.getByRole('button', { name: 'Clear search' }).click()
      await page.getByText(format(sites), { exact: true }).waitFor()
      if (run === RUNS) mostRows = await mostRowsWhileScrolling(page)
      await page.close()
    }
    console.log(
      JSON.stringify({
        sites,
        firstTableMs: opens[0] ?? Number.NaN,
        keystroke: {
          p50: percentile(keystrokes, 50),
          p95: percentile(keystrokes, 95),
          n: keystrokes.length,
          runs,
        },
        mostRowsInDom: mostRows,
      } satisfies RendererFigures),
    )
  } finally {
    await browser.close()
    await server.close()
    await services.close()
    await rm(work, { recursive: true, force: true })
  }
}

const format = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'site' : 'sites'}`

/**
 * Keystroke to filtered rows: each prefix of each search, timed in the page from the input
 * event to the frame whose count line says main's total for that prefix and whose first row is
 * main's first row (the table's default order: by name). A prefix that shows the same count and
 * first row as the screen already does is skipped (nothing on screen would change; "t" matches
 * every generated site).
 */
async function typeSearches(
  page: PlaywrightPage,
  expectedFor: (text: string) => Promise<{ label: string; name: string | null }>,
): Promise<number[]> {
  const times: number[] = []
  let shown = JSON.stringify(await expectedFor(''))
  for (const search of SEARCHES) {
    for (let end = 1; end <= search.length; end += 1) {
      const text = search.slice(0, end)
      const { label, name } = await expectedFor(text)
      if (JSON.stringify({ label, name }) === shown) continue
      shown = JSON.stringify({ label, name })
      times.push((await page.evaluate(typeAndWait(text, label, name))) as number)
    }
  }
  return times
}

/** Scrolls the whole list in steps; answers the most rows in the DOM at any step. */
async function mostRowsWhileScrolling(page: PlaywrightPage): Promise<number> {
  let most = 0
  const scroller = page.getByTestId('table-scroller')
  for (let step = 1; step <= 20; step += 1) {
    await scroller.evaluate((el, at) => el.scrollTo(0, (el.scrollHeight * at) / 20), step)
    await page.waitForTimeout(50)
    most = Math.max(most, await page.locator('tbody tr').count())
  }
  return most
}

if (process.argv[1] === import.meta.filename) await main(Number(process.argv[2] ?? 100_000))
