import { useState, type ReactNode } from 'react'
import { Alert, Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordOf } from '@shared/domain'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { useRecord } from '@renderer/hooks/useRecords'
import { ApiCallError } from '@renderer/lib/api'

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
  // A form takes its values once, when it mounts. A cached copy that a pull, a reload or an undo
  // made stale is being fetched again: wait for the fresh one, or the form would edit the old
  // version and a save would put it back. Once the form shows, a refetch never replaces it.
  const fresh = record.data !== undefined && !(record.isStale && record.isFetching)
  const [shown, setShown] = useState(false)
  if (fresh && !shown) setShown(true)
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
  if (!record.data || !(shown || fresh)) {
    return (
      <Center py="xl">
        <Loader aria-label={t('gate.loading')} />
      </Center>
    )
  }
  return children(record.data)
}
