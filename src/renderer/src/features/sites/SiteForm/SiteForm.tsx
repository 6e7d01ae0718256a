import { useMemo } from 'react'
import type { Site } from '../../../../../shared/domain'
import { FormActions } from '../../../components/FormActions/FormActions'
import { FormShell } from '../../../components/FormShell/FormShell'
import { FormIssuesAlert } from '../../../components/FormIssuesAlert/FormIssuesAlert'
import { useDraft } from '../../../hooks/useDraft'
import { useNavigation } from '../../../hooks/useNavigation'
import { useRecordForm } from '../../../hooks/useRecordForm'
import { useLocalName } from '../../../lib/record-name'
import { nameLanguages, siteDraft, siteFieldPaths, siteFormValues } from '../site-model'
import { SiteDetailFields } from './SiteDetailFields'
import { SiteIdentityFields } from './SiteIdentityFields'

interface SiteFormProps {
  site: Site | undefined
  /** The dataset's required languages: one name field each. */
  languages: readonly string[]
}

export function SiteForm({ site, languages }: SiteFormProps) {
  const { closeRecord } = useNavigation()
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
    <FormShell
      onSave={form.save}
      readOnly={form.readOnly}
      issues={form.issues}
      actions={
        <FormActions
          name={site ? localName(site.name) : undefined}
          kind="site"
          recordId={site?.id}
          readOnly={form.readOnly}
          readOnlyReason={form.readOnlyReason}
          saving={form.saving}
          removing={form.removing}
          onSave={form.save}
          onDelete={form.remove}
          onCancel={closeRecord}
          deletion={form.deletion}
        />
      }
    >
      <FormIssuesAlert issues={form.unplaced} failure={form.failure} failureIssues={form.failureIssues} />
      <SiteIdentityFields values={values} set={set} languages={nameLangs} />
      <SiteDetailFields values={values} set={set} siteId={site?.id} />
    </FormShell>
  )
}
