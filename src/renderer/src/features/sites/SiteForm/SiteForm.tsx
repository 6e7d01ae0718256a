import { useMemo } from 'react'
import { Divider } from '@mantine/core'
import type { Site } from '../../../../../shared/domain'
import { FormActions } from '../../../components/FormActions/FormActions'
import { FormShell } from '../../../components/FormShell/FormShell'
import { FormIssuesAlert } from '../../../components/FormIssuesAlert/FormIssuesAlert'
import { useDraft } from '../../../hooks/useDraft'
import { useNavigation } from '../../../hooks/useNavigation'
import { useRecordForm } from '../../../hooks/useRecordForm'
import { pickText } from '../../../lib/labels'
import { SiteStatements } from '../SiteStatements/SiteStatements'
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
  const { values, set } = useDraft(() => siteFormValues(site))
  const nameLangs = useMemo(() => nameLanguages(site, languages), [site, languages])
  const fieldPaths = useMemo(() => siteFieldPaths(nameLangs), [nameLangs])
  const form = useRecordForm({
    kind: 'site',
    id: site?.id ?? null,
    fieldPaths,
    buildDraft: () => ({ draft: siteDraft(values, site) }),
  })

  return (
    <FormShell
      onSave={form.save}
      actions={
        <FormActions
          noun="site"
          name={site ? pickText(site.name, ['en', ...languages]) : undefined}
          canDelete={site !== undefined}
          readOnly={form.readOnly}
          saving={form.saving}
          removing={form.removing}
          onSave={form.save}
          onDelete={form.remove}
          onCancel={closeRecord}
        />
      }
    >
      <FormIssuesAlert issues={form.unplaced} failure={form.failure} />
      <SiteIdentityFields values={values} set={set} errors={form.errors} languages={nameLangs} />
      <SiteDetailFields values={values} set={set} errors={form.errors} />
      {site && (
        <>
          <Divider />
          <SiteStatements siteId={site.id} />
        </>
      )}
    </FormShell>
  )
}
