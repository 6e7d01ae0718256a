import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { DatasetEvent, PathToken } from '@shared/domain'
import type { ExportRequest, ImportOptions, ImportPreview } from '@shared/exchange'
import type { RecordKind } from '@shared/result'
import { type DatasetStore, META_DIR } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import { exportDataset } from '../exchange/export-dataset'
import { commitPlan } from '../exchange/import/commit'
import type { ImportPlan } from '../exchange/import/plan'
import { previewFile } from '../exchange/import/preview-file'
import type { ExchangeControl } from '../exchange/progress'
import type { SchemaValidators } from '../validation/ajv'
import type { PathTokens } from '../ipc/path-tokens'
import type { ProblemsIndex } from './problems'

export interface ExchangeDeps {
  current: { store: DatasetStore }
  /** The open store, or READ_ONLY. */
  writable: () => DatasetStore
  validators: SchemaValidators
  /** Every record's issues, kept up to date: the export gate reads them instead of checking again. */
  problems?: ProblemsIndex
  clock: () => Date
  newId: (kind: RecordKind) => string
  /** Asks for a folder to export into (the system dialog in the app); null when cancelled. */
  pickExportFolder?: () => Promise<string | null>
  /** Asks for a file to import; null when cancelled. */
  pickFile?: (purpose: 'import') => Promise<string | null>
  onEvent?: (event: DatasetEvent) => void
  /** The files main chose, behind the tokens the renderer holds. */
  tokens: PathTokens
  /** Running jobs by id, shared with the team's sync: `cancelJob` stops any of them. */
  jobs?: Map<string, AbortController>
}

/** Previews kept for commitImport; older ones are forgotten (preview again). */
const PREVIEWS_KEPT = 4

/** Export, import preview and commit, and cancelling either; see docs/EXCHANGE.md. */
export function createExchangeHandlers(deps: ExchangeDeps) {
  const jobs = deps.jobs ?? new Map<string, AbortController>()
  const previews = new Map<string, { store: DatasetStore; plan: ImportPlan; file: string }>()

  async function run<T>(
    jobId: string | undefined,
    work: (control: ExchangeControl) => Promise<T>,
  ): Promise<T> {
    if (jobId && jobs.has(jobId)) throw new CuratorError('CONFLICT', `A job “${jobId}” is already running.`)
    const controller = new AbortController()
    if (jobId) jobs.set(jobId, controller)
    const onProgress = (done: number, total: number) => {
      if (jobId) deps.onEvent?.({ type: 'progress', jobId, done, total })
    }
    try {
      return await work({ signal: controller.signal, onProgress })
    } finally {
      if (jobId) jobs.delete(jobId)
    }
  }

  return {
    exportDataset: async (options: ExportRequest) => {
      const folder = (await deps.pickExportFolder?.()) ?? null
      if (folder === null) return null
      await deps.problems?.whenReady(deps.current.store)
      // The records and their issues of one revision: nothing runs between the two lines.
      const store = deps.current.store
      const issues = deps.problems?.issuesOf(store)
      const input = {
        manifest: store.manifest,
        records: store.snapshot(),
        ...(issues ? { issues } : {}),
        validators: deps.validators,
        clock: deps.clock,
        datasetFolder: store.folder,
      }
      return run(options.jobId, (control) => exportDataset(input, { ...options, folder }, control))
    },
    previewImport: async (
      fileToken: PathToken | null,
      options: ImportOptions = {},
    ): Promise<ImportPreview | null> => {
      const chosen = fileToken
        ? deps.tokens.resolve(fileToken, 'import-file')
        : ((await deps.pickFile?.('import')) ?? null)
      if (chosen === null) return null
      const store = deps.current.store
      const { preview, plan } = await run(options.jobId, (control) =>
        previewFile(
          {
            file: chosen,
            options,
            target: store,
            validators: deps.validators,
            clock: deps.clock,
            newId: deps.newId,
            ...(store.readOnly ? {} : { metaDir: path.join(store.folder, META_DIR) }),
          },
          control,
        ),
      )
      const previewId = `preview-${randomBytes(8).toString('hex')}`
      previews.set(previewId, { store, plan, file: chosen })
      while (previews.size > PREVIEWS_KEPT) previews.delete(previews.keys().next().value as string)
      return { previewId, fileToken: deps.tokens.issue(chosen, 'import-file'), ...preview }
    },
    commitImport: async (previewId: string, rowIds?: string[]) => {
      const kept = previews.get(previewId)
      const store = deps.writable()
      if (!kept || kept.store !== store) {
        throw new CuratorError(
          'NOT_FOUND',
          'This import preview is no longer available: preview the file again.',
        )
      }
      const outcome = await commitPlan(
        store,
        deps.validators,
        kept.plan,
        `Import ${path.basename(kept.file)}`,
        rowIds,
      )
      previews.delete(previewId)
      return outcome
    },
    cancelJob: async (jobId: string) => {
      const controller = jobs.get(jobId)
      controller?.abort()
      return controller !== undefined
    },
  }
}
