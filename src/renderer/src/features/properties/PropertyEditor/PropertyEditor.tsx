import { RecordGate } from '@renderer/components/RecordGate/RecordGate'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { PropertyForm } from '../PropertyForm/PropertyForm'

/** Loads a property (or starts a new one) and shows its form; a saved property remounts the form. */
export function PropertyEditor({ id }: { id: string | null }) {
  const languages = useDatasetInfo().data?.manifest.languages ?? ['en']
  return (
    <RecordGate kind="property" id={id}>
      {(property) => (
        <PropertyForm
          // Properties have no updatedAt: their content keys the form, so a save shows what was saved.
          key={property ? `${property.id}@${JSON.stringify(property)}` : 'new'}
          property={property}
          languages={languages}
        />
      )}
    </RecordGate>
  )
}
