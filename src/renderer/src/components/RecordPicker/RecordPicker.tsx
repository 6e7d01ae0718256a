import { useMemo, useState } from 'react'
import { Select, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { RecordOf, RowOf } from '../../../../shared/domain'
import { useRecord, useRecordList } from '../../hooks/useRecords'
import { pickText } from '../../lib/labels'

type PickableKind = 'site' | 'source'

interface RecordPickerProps {
  kind: PickableKind
  label: string
  description?: string
  value: string | null
  onChange: (id: string | null) => void
  error?: string
  placeholder?: string
}

function rowLabel(kind: PickableKind, row: RowOf['site'] | RowOf['source']): string {
  if (kind === 'site') return pickText((row as RowOf['site']).name, ['en'])
  return (row as RowOf['source']).title
}

/** The line under an option: a site's other names, a source's publisher and year. */
function rowDetail(kind: PickableKind, row: RowOf['site'] | RowOf['source']): string {
  if (kind === 'site') {
    const { name } = row as RowOf['site']
    return Object.entries(name)
      .filter(([lang]) => lang !== 'en')
      .map(([, text]) => text)
      .join(' · ')
  }
  const source = row as RowOf['source']
  return [source.containerTitle ?? source.publisher, source.issuedYear].filter(Boolean).join(', ')
}

function recordLabel(kind: PickableKind, record: RecordOf['site'] | RecordOf['source']): string {
  if (kind === 'site') return pickText((record as RecordOf['site']).name, ['en'])
  return (record as RecordOf['source']).title
}

/** A searchable Select whose options are searched in main, 20 at a time. */
export function RecordPicker({
  kind,
  label,
  description,
  value,
  onChange,
  error,
  placeholder,
}: RecordPickerProps) {
  const [search, setSearch] = useState('')
  const selected = useRecord(kind, value)
  const selectedLabel = selected.data ? recordLabel(kind, selected.data) : undefined
  // Once an option is chosen the input shows its label: list everything again, not just that one.
  const term = search === selectedLabel ? '' : search.trim()
  const [debounced] = useDebouncedValue(term, 150)
  const list = useRecordList(kind, { search: debounced || undefined, limit: 20 })

  const details = useMemo(
    () => new Map((list.data?.rows ?? []).map((row) => [row.id, rowDetail(kind, row)])),
    [list.data, kind],
  )

  const data = useMemo(() => {
    const options = (list.data?.rows ?? []).map((row) => ({ value: row.id, label: rowLabel(kind, row) }))
    if (value && selectedLabel && !options.some((option) => option.value === value)) {
      options.unshift({ value, label: selectedLabel })
    }
    return options
  }, [list.data, kind, value, selectedLabel])

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? 'Type to search'}
      searchable
      clearable
      data={data}
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={list.isFetching ? 'Searching…' : 'Nothing matches'}
      error={error}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
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
