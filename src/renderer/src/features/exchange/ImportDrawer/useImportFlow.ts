import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { PathToken } from '@shared/domain'
import type { CsvColumnTarget, ImportOutcome, ImportPreview } from '@shared/exchange'
import type { ValidationIssue } from '@shared/result'
import { useJob } from '@renderer/hooks/useJob'
import { refreshEverything } from '@renderer/hooks/useRecords'
import { ApiCallError } from '@renderer/lib/api'
import { exchangeApi, isCancelled } from '../exchange-api'

export type NeedsMapping = NonNullable<ImportPreview['needsMapping']>

/** Where the import stands: nothing read yet, a mapping to confirm, or a preview to commit from. */
export type ImportStep =
  | { step: 'choose' }
  | { step: 'mapping'; file: string; fileToken: PathToken; needs: NeedsMapping; current: CsvColumnTarget[] }
  | { step: 'preview'; preview: ImportPreview }

/** A problem to show above the step: a file that cannot be read, a refused commit. */
export interface ImportProblem {
  title: string
  message: string
  issues: ValidationIssue[]
  /** The dataset changed since the preview: it must be made again. */
  stale?: boolean
}

function problemOf(title: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error)
  const issues = error instanceof ApiCallError ? error.issues : []
  const code = error instanceof ApiCallError ? error.code : undefined
  return { title, message, issues, stale: code === 'CONFLICT' || code === 'NOT_FOUND' }
}

/**
 * The import's steps: read a file (main's file dialog) into a preview, map its columns when
 * main asks, and commit all or some rows as one undoable command.
 */
export function useImportFlow(onImported: (outcome: ImportOutcome) => void) {
  const { t } = useTranslation('exchange')
  const client = useQueryClient()
  const job = useJob('import')
  const [state, setState] = useState<ImportStep>({ step: 'choose' })
  const [problem, setProblem] = useState<ImportProblem | null>(null)
  const [committing, setCommitting] = useState(false)
  /** The last mapping step, so that a preview's mapping can be changed again. */
  const [lastNeeds, setLastNeeds] = useState<{
    file: string
    fileToken: PathToken
    needs: NeedsMapping
  } | null>(null)

  /** Reads the file main's token stands for, or (null) the one the curator picks in main's dialog. */
  const read = async (file: PathToken | null, mapping?: CsvColumnTarget[]) => {
    setProblem(null)
    try {
      const options = mapping ? { format: 'csv' as const, mapping } : {}
      const preview = await job.run((jobId) => exchangeApi.previewImport(file, { ...options, jobId }))
      if (!preview) return
      if (preview.needsMapping) {
        const needs = preview.needsMapping
        const { file, fileToken } = preview
        setLastNeeds({ file, fileToken, needs })
        setState({ step: 'mapping', file, fileToken, needs, current: needs.suggested })
      } else {
        setState({ step: 'preview', preview })
      }
    } catch (error) {
      if (isCancelled(error))
        setProblem({
          title: t('importer.problem.cancelled'),
          message: t('importer.problem.nothing'),
          issues: [],
        })
      else setProblem(problemOf(t('importer.problem.unreadable'), error))
    }
  }

  const commit = async (preview: ImportPreview, rowIds: string[] | undefined) => {
    setProblem(null)
    setCommitting(true)
    try {
      const outcome = await exchangeApi.commitImport(preview.previewId, rowIds)
      await refreshEverything(client)
      setState({ step: 'choose' })
      onImported(outcome)
    } catch (error) {
      setProblem(problemOf(t('importer.problem.notImported'), error))
    } finally {
      setCommitting(false)
    }
  }

  return {
    state,
    problem,
    committing,
    job,
    /** Asks main's file dialog for a file, and previews it. */
    chooseFile: () => read(null),
    /** Reads the same file again: after a conflict, or to see the dataset's latest state. */
    previewAgain: (preview: ImportPreview) =>
      read(preview.fileToken, preview.format === 'csv' ? preview.mapping?.targets : undefined),
    applyMapping: (fileToken: PathToken, mapping: CsvColumnTarget[]) => read(fileToken, mapping),
    /** Back to the mapping step from a preview of a mapped CSV. */
    changeMapping: (preview: ImportPreview) => {
      if (!lastNeeds || lastNeeds.fileToken !== preview.fileToken) return
      setState({
        step: 'mapping',
        ...lastNeeds,
        current: preview.mapping?.targets ?? lastNeeds.needs.suggested,
      })
    },
    canChangeMapping: (preview: ImportPreview) =>
      lastNeeds?.fileToken === preview.fileToken && !!preview.mapping,
    commit,
    reset: () => {
      if (job.running) job.cancel()
      setProblem(null)
      setState({ step: 'choose' })
    },
  }
}

export type ImportFlow = ReturnType<typeof useImportFlow>
