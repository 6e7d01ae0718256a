import { useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { Select, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { RecordOf, RowOf } from '@shared/domain'
import { useRecord, useRecordList } from '@renderer/hooks/useRecords'
import { localName, orderedNames } from '@renderer/lib/record-name'

type PickableKind = 'site' | 'source'

interface RecordPickerProps {
  kind: PickableKind
  label: string
  description?: string
  value: string | null
  onChange: (id: string | null) => void
  error?: ReactNode
  /** Issues other than errors, listed under the input (see `useField`). */
  inputContainer?: (children: ReactNode) => ReactNode
  wrapperProps?: Record<string, string>
  placeholder?: string
  /** Offers "New source…" at the foot of the list: called with what the curator typed. */
  onCreate?: (search: string) => void
  /** The label of that option. */
  createLabel?: string
}

/** The value of the option that creates a record instead of picking one. */
const CREATE = '\u0000create'

function rowLabel(kind: PickableKind, row: RowOf['site'] | RowOf['source'], uiLanguage: string): string {
  if (kind === 'site') return localName((row as RowOf['site']).name, uiLanguage)
  return (row as RowOf['source']).title
}

/** The line under an option: a site's other names, a source's publisher and year. */
function rowDetail(kind: PickableKind, row: RowOf['site'] | RowOf['source'], uiLanguage: string): string {
  if (kind === 'site') {
    // The names after the one the option shows, in reading order.
    return orderedNames((row as RowOf['site']).name, uiLanguage)
      .slice(1)
      .map(([, text]) => text)
      .join(' · ')
  }
  const source = row as RowOf['source']
  return [source.containerTitle ?? source.publisher, source.issuedYear].filter(Boolean).join(', ')
}

function recordLabel(
  kind: PickableKind,
  record: RecordOf['site'] | RecordOf['source'],
  uiLanguage: string,
): string {
  if (kind === 'site') return localName((record as RecordOf['site']).name, uiLanguage)
  return (record as RecordOf['source']).title
}

/** A searchable Select whose options are searched in main, 20 at a time; it can offer to create one. */
export function RecordPicker(props: RecordPickerProps) {
  const { kind, label, description, value, onChange, error, inputContainer, wrapperProps, placeholder } =
    props
  const { t, i18n } = useTranslation('forms')
  // The options are named in the interface language: switching it renames them.
  const language = i18n.language
  const { onCreate, createLabel = t('picker.new') } = props
  const [search, setSearch] = useState('')
  const selected = useRecord(kind, value)
  const selectedLabel = selected.data ? recordLabel(kind, selected.data, language) : undefined
  // Once an option is chosen the input shows its label: list everything again, not just that one.
  const term = search === selectedLabel ? '' : search.trim()
  const [debounced] = useDebouncedValue(term, 150)
  const list = useRecordList(kind, { search: debounced || undefined, limit: 20 })

  const details = useMemo(
    () => new Map((list.data?.rows ?? []).map((row) => [row.id, rowDetail(kind, row, language)])),
    [list.data, kind, language],
  )

  const data = useMemo(() => {
    const options = (list.data?.rows ?? []).map((row) => ({
      value: row.id,
      label: rowLabel(kind, row, language),
    }))
    if (value && selectedLabel && !options.some((option) => option.value === value)) {
      options.unshift({ value, label: selectedLabel })
    }
    if (onCreate) options.push({ value: CREATE, label: createLabel })
    return options
  }, [list.data, kind, language, value, selectedLabel, onCreate, createLabel])

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('picker.search')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={(id) => {
        if (id === CREATE) onCreate?.(term)
        else onChange(id)
      }}
      searchValue={search}
      // Picking "New…" must not leave its label in the input.
      onSearchChange={(next) => setSearch(onCreate && next === createLabel ? (selectedLabel ?? '') : next)}
      filter={({ options }) => options}
      nothingFoundMessage={list.isFetching ? t('picker.searching') : t('picker.nothing')}
      error={error}
      inputContainer={inputContainer}
      wrapperProps={wrapperProps}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <div>
          <Text
            size="sm"
            fw={option.value === CREATE ? 600 : undefined}
            c={option.value === CREATE ? 'indigo' : undefined}
          >
            {option.value === CREATE && term
              ? t('picker.createNamed', { label: option.label, term })
              : option.label}
          </Text>
          {details.get(option.value) && (
            <Text size="xs" c="dimmed">
              {details.get(option.value)}
            </Text>
          )}
        </div>
      )}
      maxDropdownHeight={280}
    />
  )
}
