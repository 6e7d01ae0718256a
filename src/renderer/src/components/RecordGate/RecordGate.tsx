import type { ReactNode } from 'react'
import { Alert, Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordOf } from '../../../../shared/domain'
import type { EditableKind } from '../../hooks/useNavigation'
import { useRecord } from '../../hooks/useRecords'
import { ApiCallError } from '../../lib/api'

interface RecordGateProps<K extends EditableKind> {
  kind: K
  /** null for a new record: children get undefined at once. */
  id: string | null
  children: (record: RecordOf[K] | undefined) => ReactNode
}

/** Loads the record a form edits, with loading and error states, then renders the form. */
export function RecordGate<K extends EditableKind>({ kind, id, children }: RecordGateProps<K>) {
  const { t } = useTranslation('forms')
  const record = useRecord(kind, id)
  if (id === null) return children(undefined)
  if (record.isError) {
    // Undo of its creation, or a delete elsewhere, can take the open record away.
    const gone = record.error instanceof ApiCallError && record.error.code === 'NOT_FOUND'
    return (
      <Alert color={gone ? 'gray' : 'red'} title={gone ? t('gate.gone') : t('gate.failed')}>
        {gone ? t('gate.goneText') : record.error.message}
      </Alert>
    )
  }
  if (!record.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('gate.loading')} />
      </Center>
    )
  }
  return children(record.data)
}
