import { useMemo } from 'react'
import type { Site } from '@shared/domain'
import { RecordFormShell } from '@renderer/components/FormShell/RecordFormShell'
import { useDraft } from '@renderer/hooks/useDraft'
import { useRecordForm } from '@renderer/hooks/useRecordForm'
import { useLocalName } from '@renderer/lib/record-name'
import { nameLanguages, siteDraft, siteFieldPaths, siteFormValues } from '../site-model'
import { SiteDetailFields } from './SiteDetailFields'
import { SiteIdentityFields } from './SiteIdentityFields'

interface SiteFormProps {
  site: Site | undefined
  /** The dataset's required languages: one name field each. */
  languages: readonly string[]
}

export function SiteForm({ site, languages }: SiteFormProps) {
  const { values, set, dirty } = useDraft(() => siteFormValues(site))
  const localName = useLocalName()
  const nameLangs = useMemo(() => nameLanguages(site, languages), [site, languages])
  const fieldPaths = useMemo(() => siteFieldPaths(nameLangs), [nameLangs])
  const form = useRecordForm({
    kind: 'site',
    id: site?.id ?? null,
    fieldPaths,
    buildDraft: () => ({ draft: siteDraft(values, site) }),
    values,
    dirty,
  })

  return (
    <RecordFormShell
      kind="site"
      form={form}
      recordId={site?.id}
      name={site ? localName(site.name) : undefined}
    >
      <SiteIdentityFields values={values} set={set} languages={nameLangs} />
      <SiteDetailFields values={values} set={set} siteId={site?.id} />
    </RecordFormShell>
  )
}
