#!/usr/bin/env node
// `node scripts/cpu-burn.mjs [N]`: N processes (default 2) that keep a CPU core busy each, until
// this one is stopped (Ctrl+C, SIGTERM) or dies. Used by `npm run test:e2e:load` to run the e2e
// suite on a loaded machine, as CI's shared runners are.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Spins in slices, so that a child notices its parent has gone (even killed outright) and stops too. */
function burn(parent) {
  const slice = () => {
    const until = Date.now() + 50
    let x = 0
    while (Date.now() < until) x = (x * 1103515245 + 12345) % 2147483648
    if (!alive(parent)) process.exit(0)
    setImmediate(slice)
  }
  slice()
}

if (process.argv[2] === '--child') {
  burn(Number(process.argv[3]))
} else {
  const count = Number(process.argv[2] ?? 2)
  if (!Number.isInteger(count) || count < 1) {
    console.error(
      `cpu-burn: the number of processes must be a whole number above 0, not "${process.argv[2]}".`,
    )
    process.exit(2)
  }
  const self = fileURLToPath(import.meta.url)
  const children = Array.from({ length: count }, () =>
    fork(self, ['--child', String(process.pid)], { stdio: 'ignore' }),
  )
  console.log(`cpu-burn: ${count} busy processes (${children.map((c) => c.pid).join(', ')}) until stopped.`)
  const stop = () => {
    for (const child of children) child.kill()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
