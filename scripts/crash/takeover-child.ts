/**
 * One side of a paired take-over in `npm run test:crash` (scripts/crash/takeover.ts). Opens the
 * dataset read-only once (to warm up, so that both sides reach the lock at about the same time),
 * prints `READY`, then waits for `GO <epoch ms> <name>` on stdin, waits until that moment, and
 * opens the dataset for writing. Prints `HELD` or `READONLY`. A holder commits one edit (the site
 * whc-440 renamed to <name>), prints `ACK` once it is durable, and waits to be killed: it dies
 * holding the lock, which makes the next pair's lock a dead owner's. A side that did not get the
 * lock closes the dataset, prints `READY` again and serves in the next pair.
 */
import { createInterface } from 'node:readline'
import type { Site } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../src/main/validation/ajv'

const folder = process.argv[2] as string
const say = (line: string) => process.stdout.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Sleeps until just before `at`, then spins: both sides start within a fraction of a millisecond. */
async function until(at: number) {
  const now = () => performance.timeOrigin + performance.now()
  if (at - now() > 3) await sleep(at - now() - 3)
  while (now() < at);
}

async function main() {
  const validators = createSchemaValidators()
  // No compaction while the test runs: the edits live in the journal, replayed by every open.
  const options = { compactAfterMs: 1e9, compactEvery: 1e9 }
  await (await DatasetStore.open(folder, validators, { ...options, readOnly: true })).close()
  say('READY')
  for await (const line of createInterface({ input: process.stdin })) {
    const [, at, ...words] = line.split(' ')
    const name = words.join(' ')
    await until(Number(at))
    const store = await DatasetStore.open(folder, validators, options)
    if (store.readOnly) {
      say('READONLY')
      await store.close()
      say('READY')
      continue
    }
    say('HELD')
    const site = store.get('site', 'whc-440') as Site
    const after = { ...site, name: { ...site.name, en: name } }
    await store.commit(`take-over ${name}`, [{ kind: 'site', id: site.id, before: site, after }])
    say('ACK')
    return
  }
}

main().then(
  () => setInterval(() => undefined, 1 << 30), // wait for the kill
  (error: Error) => {
    say(`ERROR ${error.message.replaceAll('\n', ' ')}`)
    process.exit(2)
  },
)
