import { useMemo, useState } from 'react'
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ValidationIssue } from '@shared/result'
import { FormIssuesContext } from '@renderer/components/FieldIssues/form-issues'
import { IssueList } from '@renderer/components/FieldIssues/IssueList'
import { useField } from '@renderer/components/FieldIssues/useField'
import { useHoldDrawer } from '@renderer/components/RecordDrawer/record-level'
import { useSaveRecord } from '@renderer/hooks/useRecords'
import { useLiveIssues } from '@renderer/hooks/useReview'
import { isValidationError } from '@renderer/lib/api'
import { formatDateParts } from '@renderer/lib/dates'
import { mergeIssues, routeIssues } from '@renderer/lib/issues'
import { SOURCE_TYPES } from '@renderer/lib/labels'
import { useLabels } from '@renderer/i18n/useLabels'
import { useTranslation } from 'react-i18next'
import type { SourceFormValues } from '../source-model'
import { SOURCE_FIELD_PATHS, sourceDraft, sourceFormValues } from '../source-model'

interface SourceCreateModalProps {
  opened: boolean
  /** What the curator had typed in the picker: the new source's title to start with. */
  title: string
  onClose: () => void
  onCreated: (id: string) => void
}

function today(): string {
  const now = new Date()
  return formatDateParts({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() })
}

/** A new source, created from a reference's picker without leaving the statement. */
export function SourceCreateModal({ opened, title, onClose, onCreated }: SourceCreateModalProps) {
  const { t } = useTranslation(['sources', 'common'])
  useHoldDrawer(opened)
  return (
    <Modal opened={opened} onClose={onClose} title={t('newSource')} size="lg" centered>
      {opened && <SourceCreateForm initialTitle={title} onClose={onClose} onCreated={onCreated} />}
    </Modal>
  )
}

function SourceCreateForm({
  initialTitle,
  onClose,
  onCreated,
}: Omit<SourceCreateModalProps, 'opened' | 'title'> & {
  initialTitle: string
}) {
  const { t } = useTranslation(['sources', 'common'])
  const [values, setValues] = useState<SourceFormValues>(() => ({
    ...sourceFormValues(undefined),
    title: initialTitle,
    accessed: today(),
  }))
  const [touched, setTouched] = useState(false)
  const [saveIssues, setSaveIssues] = useState<ValidationIssue[]>([])
  const save = useSaveRecord('source')
  const live = useLiveIssues('source', touched ? sourceDraft(values, undefined) : null)
  const routed = useMemo(
    () => routeIssues(mergeIssues(saveIssues, live), SOURCE_FIELD_PATHS),
    [saveIssues, live],
  )
  const set = (field: keyof SourceFormValues, value: string) => {
    setTouched(true)
    setSaveIssues([])
    setValues((prev) => ({ ...prev, [field]: value }))
  }

  const create = () => {
    const built = sourceDraft(values, undefined)
    if ('issues' in built) return setSaveIssues(built.issues)
    save.mutate(built.draft, {
      onSuccess: ({ record: saved }) => {
        notifications.show({ message: t('created', { title: saved.title }), color: 'teal' })
        onCreated(saved.id)
      },
      onError: (error) => {
        if (isValidationError(error)) setSaveIssues(error.issues)
        else notifications.show({ title: t('notCreated'), message: error.message, color: 'red' })
      },
    })
  }

  return (
    <FormIssuesContext value={{ byField: routed.byField }}>
      <form
        noValidate
        onSubmit={(event) => {
          // The modal is portalled, but React still bubbles its submit to the statement's form.
          event.preventDefault()
          event.stopPropagation()
          create()
        }}
      >
        <Stack gap="sm">
          {routed.unplaced.length > 0 && (
            <Alert color="red" variant="light" title={t('notCreatedTitle')}>
              <IssueList issues={routed.unplaced} />
            </Alert>
          )}
          <SourceCreateFields values={values} set={set} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormIssuesContext>
  )
}

interface FieldsProps {
  values: SourceFormValues
  set: (field: keyof SourceFormValues, value: string) => void
}

/** The few fields a reference needs now; the rest can wait for the source's own page. */
function SourceCreateFields({ values, set }: FieldsProps) {
  const { t } = useTranslation(['sources', 'common'])
  const labels = useLabels()
  const field = useField()
  const text = (name: keyof SourceFormValues) => ({
    value: values[name] as string,
    onChange: (event: { currentTarget: { value: string } }) => set(name, event.currentTarget.value),
  })
  return (
    <>
      <Select
        label={t('type')}
        data={SOURCE_TYPES.map((value) => ({ value, label: labels.sourceType(value) }))}
        value={values.type}
        onChange={(type) => type && set('type', type)}
        allowDeselect={false}
        searchable
        {...field('/type')}
      />
      <TextInput label={t('title')} required {...text('title')} data-autofocus {...field('/title')} />
      <TextInput label={t('url')} type="url" {...text('URL')} {...field('/URL')} />
      <TextInput
        label={t('containerTitle')}
        description={t('containerTitleHelp')}
        {...text('containerTitle')}
        {...field('/container-title')}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t('issued')}
          description={t('dateHint')}
          {...text('issued')}
          {...field('/issued')}
        />
        <TextInput
          label={t('accessed')}
          description={t('dateHint')}
          {...text('accessed')}
          {...field('/accessed')}
        />
      </SimpleGrid>
    </>
  )
}
