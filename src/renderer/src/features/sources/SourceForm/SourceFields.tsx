import type { ChangeEvent } from 'react'
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { DATE_FORMAT_HINT } from '../../../lib/dates'
import { SOURCE_TYPE_OPTIONS, STATUS_OPTIONS } from '../../../lib/labels'
import type { SetSourceField, SourceFormValues } from '../source-model'

interface SourceFieldsProps {
  values: SourceFormValues
  set: SetSourceField
  errors: Record<string, string>
}

/** The citation, in CSL's terms, and its curation status. */
export function SourceFields({ values, set, errors }: SourceFieldsProps) {
  const text = (field: keyof SourceFormValues) => ({
    value: values[field] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(field, event.currentTarget.value as never),
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
        error={errors['/type']}
      />
      <Textarea label="Title" {...text('title')} autosize minRows={1} maxRows={4} error={errors['/title']} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Container title" {...text('containerTitle')} error={errors['/container-title']} />
        <TextInput label="Publisher" {...text('publisher')} error={errors['/publisher']} />
      </SimpleGrid>
      <Textarea
        label="Authors"
        description="One a line: “Family, Given”, or an institution's name"
        {...text('authors')}
        autosize
        minRows={2}
        maxRows={10}
        error={errors['/author']}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Issued"
          description={DATE_FORMAT_HINT}
          {...text('issued')}
          error={errors['/issued']}
        />
        <TextInput
          label="Language"
          description="A language tag: en, zh, fr"
          {...text('language')}
          error={errors['/language']}
        />
      </SimpleGrid>
      <TextInput label="URL" type="url" {...text('URL')} error={errors['/URL']} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Accessed"
          description={DATE_FORMAT_HINT}
          {...text('accessed')}
          error={errors['/accessed']}
        />
        <TextInput
          label="Archive URL"
          description="A saved copy, such as on web.archive.org"
          type="url"
          {...text('archiveUrl')}
          error={errors['/custom/archiveUrl'] ?? errors['/custom']}
        />
      </SimpleGrid>
      <Textarea label="Note" {...text('note')} autosize minRows={2} maxRows={8} error={errors['/note']} />
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => status && set('status', status as SourceFormValues['status'])}
        allowDeselect={false}
        error={errors['/status']}
      />
      <Textarea
        label="Reviewer note"
        {...text('reviewNote')}
        autosize
        minRows={2}
        maxRows={8}
        error={errors['/reviewNote']}
      />
    </>
  )
}
