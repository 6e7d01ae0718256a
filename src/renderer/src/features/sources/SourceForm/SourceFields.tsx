import type { ChangeEvent } from 'react'
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useField } from '../../../components/FieldIssues/useField'
import { ReviewFields } from '../../../components/ReviewFields/ReviewFields'
import { DATE_FORMAT_HINT } from '../../../lib/dates'
import { SOURCE_TYPE_OPTIONS } from '../../../lib/labels'
import type { SetSourceField, SourceFormValues } from '../source-model'

interface SourceFieldsProps {
  values: SourceFormValues
  set: SetSourceField
}

/** The citation, in CSL's terms, and its curation status. */
export function SourceFields({ values, set }: SourceFieldsProps) {
  const field = useField()
  const text = (name: keyof SourceFormValues) => ({
    value: values[name] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, event.currentTarget.value as never),
  })
  return (
    <>
      <Select
        label="Type"
        data={SOURCE_TYPE_OPTIONS}
        value={values.type}
        onChange={(type) => type && set('type', type as SourceFormValues['type'])}
        allowDeselect={false}
        searchable
        {...field('/type')}
      />
      <Textarea label="Title" {...text('title')} autosize minRows={1} maxRows={4} {...field('/title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Container title" {...text('containerTitle')} {...field('/container-title')} />
        <TextInput label="Publisher" {...text('publisher')} {...field('/publisher')} />
      </SimpleGrid>
      <Textarea
        label="Authors"
        description="One a line: “Family, Given”, or an institution's name"
        {...text('authors')}
        autosize
        minRows={2}
        maxRows={10}
        {...field('/author')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Issued" description={DATE_FORMAT_HINT} {...text('issued')} {...field('/issued')} />
        <TextInput
          label="Language"
          description="A language tag: en, zh, fr"
          {...text('language')}
          {...field('/language')}
        />
      </SimpleGrid>
      <TextInput label="URL" type="url" {...text('URL')} {...field('/URL')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Accessed"
          description={DATE_FORMAT_HINT}
          {...text('accessed')}
          {...field('/accessed')}
        />
        <TextInput
          label="Archive URL"
          description="A saved copy, such as on web.archive.org"
          type="url"
          {...text('archiveUrl')}
          {...field('/custom/archiveUrl', '/custom')}
        />
      </SimpleGrid>
      <Textarea label="Note" {...text('note')} autosize minRows={2} maxRows={8} {...field('/note')} />
      <ReviewFields
        status={values.status}
        onStatus={(status) => set('status', status)}
        note={values.reviewNote}
        onNote={(note) => set('reviewNote', note)}
      />
    </>
  )
}
