import { Alert, Button, Drawer, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { JobProgress } from '../JobProgress/JobProgress'
import { ImportPreviewView } from './ImportPreviewView'
import { MappingStep } from './MappingStep'
import { type ImportProblem, useImportFlow } from './useImportFlow'
import { useImportedNotice } from './useImportedNotice'

const FORMATS_READ = ['unesco', 'csv', 'json', 'citations'] as const

function ProblemAlert({ problem, onRetry }: { problem: ImportProblem; onRetry?: () => void }) {
  const { t } = useTranslation('exchange')
  return (
    <Alert color="red" title={problem.title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{problem.message}</Text>
        {problem.issues.length > 0 && (
          <List size="sm" spacing={2}>
            {problem.issues.slice(0, 20).map((issue, index) => (
              <List.Item key={`${issue.path}:${index}`}>
                {issue.record ? `${issue.record.kind} ${issue.record.id}: ` : ''}
                {issue.message}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('importer.retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  )
}

interface ImportDrawerProps {
  opened: boolean
  onClose: () => void
}

/** Import: choose a file, map its columns when asked, preview what would change, commit some or all. */
export function ImportDrawer({ opened, onClose }: ImportDrawerProps) {
  const { t } = useTranslation('exchange')
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const notice = useImportedNotice()
  const flow = useImportFlow((outcome) => {
    onClose()
    notice(outcome)
  })
  const { state, problem, job } = flow
  const close = () => {
    flow.reset()
    onClose()
  }

  let body
  if (job.running) {
    body = (
      <JobProgress
        label={t('importer.reading')}
        progress={job.progress}
        cancelling={job.cancelling}
        onCancel={job.cancel}
      />
    )
  } else if (state.step === 'mapping') {
    body = (
      <MappingStep
        key={`${state.file}:${state.current.join('|')}`}
        file={state.file}
        needs={state.needs}
        initial={state.current}
        busy={job.running}
        onApply={(mapping) => void flow.applyMapping(state.fileToken, mapping)}
        onCancel={() => void flow.chooseFile()}
      />
    )
  } else if (state.step === 'preview') {
    const { preview } = state
    body = (
      <ImportPreviewView
        key={preview.previewId}
        preview={preview}
        committing={flow.committing}
        readOnly={readOnly}
        onCommit={(rowIds) => void flow.commit(preview, rowIds)}
        onChangeMapping={flow.canChangeMapping(preview) ? () => flow.changeMapping(preview) : undefined}
        onCancel={close}
      />
    )
  } else {
    body = (
      <Stack gap="md" align="flex-start">
        <Text size="sm">{t('importer.intro')}</Text>
        <List size="sm" spacing={4}>
          {FORMATS_READ.map((line) => (
            <List.Item key={line}>{t(`importer.formats.${line}`)}</List.Item>
          ))}
        </List>
        {readOnly && <Alert color="gray">{t('importer.readOnly')}</Alert>}
        <Button onClick={() => void flow.chooseFile()}>{t('importer.choose')}</Button>
      </Stack>
    )
  }

  const stale = problem?.stale && state.step === 'preview' ? state.preview : null
  return (
    <Drawer
      opened={opened}
      onClose={close}
      position="right"
      size="min(1100px, 92vw)"
      title={t('importer.title')}
      closeOnClickOutside={!job.running && !flow.committing}
      styles={{
        content: { display: 'flex', flexDirection: 'column' },
        body: {
          flex: 1,
          minHeight: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 'var(--mantine-spacing-sm)',
        },
      }}
    >
      {problem && (
        <ProblemAlert problem={problem} onRetry={stale ? () => void flow.previewAgain(stale) : undefined} />
      )}
      {body}
    </Drawer>
  )
}
