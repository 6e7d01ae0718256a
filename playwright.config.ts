import { existsSync } from 'node:fs'
import { chromium, defineConfig } from '@playwright/test'

/**
 * Playwright's own Chromium when it is installed; otherwise the system one (Debian's
 * `/usr/bin/chromium`), or whatever `CHROMIUM_PATH` names.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {
    // No browser registry entry for this platform: fall through to the system browser.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

const CHROMIUM_ARGS = [
  // CI and this container run as root, where Chromium refuses to start sandboxed.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Two cores, two workers, each with a browser: leave room for a loaded machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/playwright',
  reporter: [
    ['list'],
    // The list reporter drops skip reasons: this prints them under its summary.
    ['./e2e/fixtures/skip-reasons-reporter.ts'],
    ['json', { outputFile: 'test-results/playwright.json' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'e2e/electron/**',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testMatch: 'e2e/electron/**/*.spec.ts',
    },
  ],
})
