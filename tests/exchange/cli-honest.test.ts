import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readKind, shardOfId } from '../support/dataset-files'
import { copySample, tempDir } from '../support/temp-dataset'
import { BIN, envWithAuthor, run } from './cli-support'
import { UNESCO_CSV } from './support'

const LANGUAGES_CSV = path.join(import.meta.dirname, 'fixtures/unesco/whc-sites-languages.csv')
/** The command with its arguments as a list, optionally signalled once it runs. */
const cliWith = (args: string[], onStart?: Parameters<typeof run>[2]) =>
  run(process.execPath, [BIN, ...args], onStart, envWithAuthor())
/** A shell pipeline, for `| head`: the CLI's own exit status and stderr. */
const pipeline = (script: string) => run('bash', ['-c', script])

describe('heritage-curator: counts that tell the truth', () => {
  it('when every row is refused it says so (exit 1), never "already holds everything"', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'bad.csv')
    await writeFile(
      file,
      (await readFile(LANGUAGES_CSV, 'utf8')).replace(/,Cultural,C,|,Natural,N,/g, ',Ruins,R,'),
    )
    const run = await cliWith(['import', await copySample(), file])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Nothing was imported: every row \(4\) was refused\./)
    expect(run.stdout).not.toMatch(/already holds everything/)
  }, 60_000)

  it('--dry-run lists the fields that change, record by record', async () => {
    const run = await cliWith(['import', await copySample(), LANGUAGES_CSV, '--dry-run'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/line 2 whc-440 \(Mogao Caves\) \/name\/fr: \(none\) → "Grottes de Mogao"/)
    expect(run.stdout).toMatch(/Dry run: nothing was written\./)
  }, 60_000)

  it('a dataset that cannot be opened exits 2 (import and export)', async () => {
    const dataset = await copySample()
    await writeFile(path.join(dataset, shardOfId('site', 'whc-440')), '{ "records": [')
    const imported = await cliWith(['import', dataset, LANGUAGES_CSV])
    expect(imported.code).toBe(2)
    expect(imported.stderr).toMatch(/cannot be opened/)
    const exported = await cliWith([
      'export',
      dataset,
      '--format',
      'json',
      '--out',
      path.join(await tempDir(), 'out'),
    ])
    expect(exported.code).toBe(2)
  }, 60_000)

  it('a lock with a date that is not a date never reads "since Invalid Date"', async () => {
    const dataset = await copySample()
    await mkdir(path.join(dataset, '.curator'), { recursive: true })
    const owner = { pid: process.pid, host: os.hostname(), startedAt: 'not a date' }
    await writeFile(path.join(dataset, '.curator', 'lock'), JSON.stringify(owner))
    const run = await cliWith(['import', dataset, LANGUAGES_CSV])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`process ${process.pid} on .* is writing this dataset`))
    expect(run.stderr).not.toMatch(/Invalid Date/)
  }, 60_000)

  it('a refused row echoes at most a line of a huge value', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'huge.csv')
    const huge = 'x'.repeat(5_000_000)
    await writeFile(file, `id,name_en,category\nhuge-name,${huge},nonsense\n`)
    const run = await cliWith(['import', await copySample(), file])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Refused \(1 rows\)/)
    expect(Math.max(...`${run.stdout}\n${run.stderr}`.split('\n').map((l) => l.length))).toBeLessThan(1000)
  }, 60_000)
})

describe('heritage-curator: pipes and Ctrl-C', () => {
  it('piped into head it stops quietly: no EPIPE, no stack trace', async () => {
    const dataset = await copySample()
    const run = await pipeline(
      `"${process.execPath}" "${BIN}" import "${dataset}" "${UNESCO_CSV}" --dry-run | head -n 2; echo "cli-status:\${PIPESTATUS[0]}" >&2`,
    )
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(2)
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /)
    expect(run.stderr).toMatch(/cli-status:[0-2]\b/)
  }, 60_000)

  it('Ctrl-C cancels an import cleanly: exit 2, "Cancelled", the dataset as it was', async () => {
    const dataset = await copySample()
    const dir = await tempDir()
    // A large file (the 2024 list five times over, new id numbers) so that the job is still running.
    const [header, ...rows] = (await readFile(UNESCO_CSV, 'utf8')).split(/\n(?=\d+,\d+,)/)
    const big = [header]
    for (let copy = 0; copy < 5; copy += 1)
      rows.forEach((row, i) => big.push(row.replace(/^(\d+),(\d+),/, `$1,${10000 + copy * 2000 + i},`)))
    const file = path.join(dir, 'big.csv')
    await writeFile(file, `${big.join('\n')}\n`)
    const lock = path.join(dataset, '.curator', 'lock')
    const run = await cliWith(['import', dataset, file], (child) => {
      const poll = setInterval(() => {
        if (existsSync(lock)) {
          clearInterval(poll)
          setTimeout(() => child.kill('SIGINT'), 300)
        }
      }, 20)
    })
    expect(run.stderr).toMatch(/Cancelled: nothing was written/)
    expect(run.code).toBe(2)
    expect(await readKind(dataset, 'site')).toHaveLength(59)
  }, 120_000)
})
