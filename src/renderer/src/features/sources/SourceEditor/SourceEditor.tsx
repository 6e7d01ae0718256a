import { RecordGate } from '@renderer/components/RecordGate/RecordGate'
import { SourceForm } from '../SourceForm/SourceForm'

/** Loads a source (or starts a new one) and shows its form; a saved record remounts the form. */
export function SourceEditor({ id }: { id: string | null }) {
  return (
    <RecordGate kind="source" id={id}>
      {(source) => <SourceForm key={source ? `${source.id}@${source.updatedAt}` : 'new'} source={source} />}
    </RecordGate>
  )
}
