import type { ReactNode } from 'react'
import { Alert, Center, Loader } from '@mantine/core'
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
  const record = useRecord(kind, id)
  if (id === null) return children(undefined)
  if (record.isError) {
    // Undo of its creation, or a delete elsewhere, can take the open record away.
    const gone = record.error instanceof ApiCallError && record.error.code === 'NOT_FOUND'
    return (
      <Alert
        color={gone ? 'gray' : 'red'}
        title={gone ? 'This record no longer exists' : 'This record could not be opened'}
      >
        {gone ? 'It was deleted, or its creation was undone.' : record.error.message}
      </Alert>
    )
  }
  if (!record.data) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the record" />
      </Center>
    )
  }
  return children(record.data)
}
