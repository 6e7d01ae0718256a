import { RecordGate } from '@renderer/components/RecordGate/RecordGate'
import { StatementForm } from '../StatementForm/StatementForm'

/** Loads a statement (or starts a new one) and shows its form; a saved record remounts the form. */
export function StatementEditor({ id }: { id: string | null }) {
  return (
    <RecordGate kind="statement" id={id}>
      {(statement) => (
        <StatementForm
          key={statement ? `${statement.id}@${statement.updatedAt}` : 'new'}
          statement={statement}
        />
      )}
    </RecordGate>
  )
}
