import { RecordGate } from '@renderer/components/RecordGate/RecordGate'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { SiteForm } from '../SiteForm/SiteForm'

/** Loads a site (or starts a new one) and shows its form; a saved record remounts the form. */
export function SiteEditor({ id }: { id: string | null }) {
  const languages = useDatasetInfo().data?.manifest.languages ?? ['en']
  return (
    <RecordGate kind="site" id={id}>
      {(site) => (
        <SiteForm key={site ? `${site.id}@${site.updatedAt}` : 'new'} site={site} languages={languages} />
      )}
    </RecordGate>
  )
}
