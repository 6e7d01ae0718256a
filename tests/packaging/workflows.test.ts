import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SYSTEMS = ['ubuntu-latest', 'macos-latest', 'windows-latest']

interface Step {
  name?: string
  run?: string
  uses?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  'runs-on': string
  strategy?: { matrix: { os: string[] } }
  env?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  env?: Record<string, string>
  jobs: Record<string, Job>
}

const load = (name: string) =>
  parse(readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8')) as Workflow
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps)

describe('ci.yml', () => {
  const ci = load('ci.yml')
  const [test] = Object.values(ci.jobs)

  it('runs npm test on Ubuntu, macOS and Windows', () => {
    expect(test?.strategy?.matrix.os).toEqual(SYSTEMS)
    expect(test?.['runs-on']).toBe('${{ matrix.os }}')
    expect(steps(ci).filter((s) => /npm test$/.test(s.run ?? '')).length).toBeGreaterThanOrEqual(2)
  })

  it('runs it under xvfb-run on Linux, with a Chromium for the Playwright projects', () => {
    expect(steps(ci).some((s) => s.run === 'xvfb-run --auto-servernum npm test')).toBe(true)
    expect(steps(ci).some((s) => /playwright install .*chromium/.test(s.run ?? ''))).toBe(true)
  })

  it('installs Electron normally, so that the real app launches', () => {
    expect(JSON.stringify(ci)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
  })
})

describe('release.yml', () => {
  const release = load('release.yml')
  const text = readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')

  it('runs on version tags and builds the installers on the three systems', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } })
    expect(release.jobs.installers?.strategy?.matrix.os).toEqual(SYSTEMS)
    expect(steps(release).some((s) => s.run === 'npm run dist')).toBe(true)
  })

  it('attaches them to a GitHub release', () => {
    expect(steps(release).some((s) => /gh release create .*installers\/\*/s.test(s.run ?? ''))).toBe(true)
  })

  it('never sets the test-build flag, and fails if anything else does', () => {
    const envs = [
      release.env,
      ...Object.values(release.jobs).flatMap((j) => [j.env, ...j.steps.map((s) => s.env)]),
    ]
    for (const env of envs) expect(Object.keys(env ?? {})).not.toContain('HC_TEST_BUILD')
    // Neither a YAML env entry nor a shell assignment (which could reach $GITHUB_ENV).
    expect(text).not.toMatch(/HC_TEST_BUILD\s*:(?!-)|HC_TEST_BUILD=/)
    const guard = release.jobs.installers?.steps[0]
    expect(guard?.run).toMatch(/if \[ -n "\$\{HC_TEST_BUILD:-\}" \]; then[\s\S]*exit 1/)
  })

  it('hands signing and notarisation secrets to the build, and says when they are missing', () => {
    const build = steps(release).find((s) => s.run === 'npm run dist')
    for (const secret of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'WIN_CSC_LINK',
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
    ]) {
      expect(build?.env?.[secret]).toBe(`\${{ secrets.${secret} }}`)
    }
    const signing = steps(release).find((s) => s.name === 'Signing and notarisation')
    expect(signing?.run).toMatch(/::notice::macOS: no CSC_LINK/)
    expect(signing?.run).toMatch(/::notice::Windows: no WIN_CSC_LINK/)
    expect(signing?.run).toMatch(/notarisation skipped/)
  })
})
