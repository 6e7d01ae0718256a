/**
 * The crash test's victim: opens the dataset and makes random edits forever, printing
 * `BEGIN <effects>` before each and `ACK` once it is acknowledged (durable). The parent kills it
 * with SIGKILL at a random moment. Effects are the records' expected values afterwards.
 */
import type { Change, Site } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { invert } from '../../src/main/dataset/history'
import { createSchemaValidators } from '../../src/main/validation/ajv'

const folder = process.argv[2] as string
const seed = Number(process.argv[3] ?? 1)
let state = seed
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

const say = (line: string) => process.stdout.write(`${line}\n`)
const effects = (changes: Change[]) =>
  JSON.stringify(changes.map((c) => ({ kind: c.kind, id: c.id, after: c.after })))

async function main() {
  // Compaction often, so that kills land inside it too.
  const store = await DatasetStore.open(folder, createSchemaValidators(), {
    compactAfterMs: 5,
    compactEvery: 3,
  })
  const sites = [...store.all('site')].map((s) => s.id)
  say('READY')
  for (let n = 0; ; n += 1) {
    const undo = random() < 0.2 ? store.peekUndo() : undefined
    if (undo) {
      say(`BEGIN ${effects(invert(undo.changes))}`)
      await store.undoLast()
    } else {
      const id = sites[Math.floor(random() * sites.length)] as string
      const site = store.get('site', id) as Site
      const after = { ...site, name: { ...site.name, en: `Crash ${seed}.${n}` } }
      const changes: Change[] = [{ kind: 'site', id, before: site, after }]
      say(`BEGIN ${effects(changes)}`)
      await store.commit(`rename ${id}`, changes)
    }
    say('ACK')
  }
}

main().catch((error: Error) => {
  say(`ERROR ${error.message}`)
  process.exit(2)
})
