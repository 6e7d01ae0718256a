import { useMemo } from 'react'
import type { Site } from '../../../../../shared/domain'
import { RecordFormShell } from '../../../components/FormShell/RecordFormShell'
import { useDraft } from '../../../hooks/useDraft'
import { useRecordForm } from '../../../hooks/useRecordForm'
import { pickText } from '../../../lib/labels'
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
      name={site ? pickText(site.name, ['en', ...languages]) : undefined}
    >
      <SiteIdentityFields values={values} set={set} languages={nameLangs} />
      <SiteDetailFields values={values} set={set} siteId={site?.id} />
    </RecordFormShell>
  )
}
