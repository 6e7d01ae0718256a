import type { ChangeEvent } from 'react'
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useField } from '@renderer/components/FieldIssues/useField'
import { IdentifierHelp } from '@renderer/components/IdentifierHelp/IdentifierHelp'
import { ReviewFields } from '@renderer/components/ReviewFields/ReviewFields'
import { SOURCE_TYPES } from '@renderer/lib/labels'
import { useLabels } from '@renderer/i18n/useLabels'
import { useTranslation } from 'react-i18next'
import type { SetSourceField, SourceFormValues } from '../source-model'

/** A DOI as it is written bare (10.prefix/suffix); doi.org addresses are linked as they are. */
const DOI = /^10\.\d{4,9}\/\S+$/
const DOI_LINK_PREFIX = /^\s*(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i

interface SourceFieldsProps {
  values: SourceFormValues
  set: SetSourceField
}

/** The citation, in CSL's terms, and its curation status. */
export function SourceFields({ values, set }: SourceFieldsProps) {
  const { t } = useTranslation('sources')
  const labels = useLabels()
  const field = useField()
  const text = (name: keyof SourceFormValues) => ({
    value: values[name] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, event.currentTarget.value as never),
  })
  return (
    <>
      <Select
        label={t('type')}
        data={SOURCE_TYPES.map((value) => ({ value, label: labels.sourceType(value) }))}
        value={values.type}
        onChange={(type) => type && set('type', type as SourceFormValues['type'])}
        allowDeselect={false}
        searchable
        {...field('/type')}
      />
      <Textarea label={t('title')} {...text('title')} autosize minRows={1} maxRows={4} {...field('/title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('containerTitle')} {...text('containerTitle')} {...field('/container-title')} />
        <TextInput label={t('publisher')} {...text('publisher')} {...field('/publisher')} />
      </SimpleGrid>
      <Textarea
        label={t('authors')}
        description={t('authorsHelp')}
        {...text('authors')}
        autosize
        minRows={2}
        maxRows={10}
        {...field('/author')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('issued')}
          description={t('dateHint')}
          {...text('issued')}
          {...field('/issued')}
        />
        <TextInput
          label={t('language')}
          description={t('languageHelp')}
          {...text('language')}
          {...field('/language')}
        />
      </SimpleGrid>
      <TextInput label={t('url')} type="url" {...text('URL')} {...field('/URL')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('doi')}
          description={
            <IdentifierHelp
              kind="source"
              field="DOI"
              value={values.DOI}
              valid={DOI.test(values.DOI.trim())}
              help={t('doiHelp')}
            />
          }
          placeholder="10.1000/xyz123"
          value={values.DOI}
          // A DOI is often pasted as its doi.org link; the record keeps the DOI itself.
          onChange={(event) => set('DOI', event.currentTarget.value.replace(DOI_LINK_PREFIX, ''))}
          {...field('/DOI')}
        />
        <TextInput label={t('isbn')} description={t('isbnHelp')} {...text('ISBN')} {...field('/ISBN')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('accessed')}
          description={t('dateHint')}
          {...text('accessed')}
          {...field('/accessed')}
        />
        <TextInput
          label={t('archiveUrl')}
          description={t('archiveUrlHelp')}
          type="url"
          {...text('archiveUrl')}
          {...field('/custom/archiveUrl', '/custom')}
        />
      </SimpleGrid>
      <Textarea label={t('note')} {...text('note')} autosize minRows={2} maxRows={8} {...field('/note')} />
      <ReviewFields
        status={values.status}
        onStatus={(status) => set('status', status)}
        note={values.reviewNote}
        onNote={(note) => set('reviewNote', note)}
      />
    </>
  )
}
