import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ValidationIssue } from '../../shared/result'
import type { FolderCheck } from './check-folder'

export type { FolderCheck, RecordProblems } from './check-folder'

/** The check's findings; only a failure when the files could not be read as a dataset at all. */
export type DeepCheckResult = FolderCheck | { failure: ValidationIssue[]; problems?: undefined }

type WorkerAnswer = { check: FolderCheck } | { error: string; issues: ValidationIssue[] }

/**
 * Runs the deep check of a dataset folder in a worker thread. The worker sits beside this module:
 * `deep-check-worker.js` in the built app (its own entry in electron.vite.config.ts), the `.ts`
 * source under tsx and Vitest (loaded through tsx). A file that cannot be read as a dataset at
 * all is a failure alone.
 */
export function deepCheckInWorker(folder: string): Promise<DeepCheckResult> {
  const here = fileURLToPath(import.meta.url)
  const extension = path.extname(here)
  const script = path.join(path.dirname(here), `deep-check-worker${extension}`)
  // Under tsx and Vitest the worker is TypeScript: register tsx's loader inside the worker first.
  const viaTsx = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(script).href)}) })`
  return new Promise((resolve, reject) => {
    const worker =
      extension === '.ts'
        ? new Worker(viaTsx, { eval: true, workerData: { folder } })
        : new Worker(script, { workerData: { folder } })
    worker.once('message', (message: WorkerAnswer) => {
      void worker.terminate()
      if ('check' in message) resolve(message.check)
      else if (message.issues.length === 0) reject(new Error(message.error))
      else resolve({ failure: message.issues })
    })
    worker.once('error', reject)
  })
}
