import type { ReactNode } from 'react'
import { Button, CloseButton, Group, Loader, Pagination, Text, TextInput, Title } from '@mantine/core'
import { PAGE_SIZE } from '../../hooks/useTableQuery'
import classes from './ListPage.module.css'

interface ListPageProps {
  title: string
  /** "59 sites"; absent while the first page loads. */
  countText?: string
  searchLabel: string
  /** What the search looks in, as a hint: "Name, UNESCO id, country code". */
  searchPlaceholder: string
  search: string
  onSearch: (value: string) => void
  newLabel: string
  onNew: () => void
  newDisabled?: boolean
  loading?: boolean
  total: number
  page: number
  onPage: (page: number) => void
  /** Filters shown under the title (status, ...). */
  filters?: ReactNode
  /** The search does not apply to what the table shows now. */
  searchDisabled?: boolean
  /** The table, or an empty state. */
  children: ReactNode
}

/** A table page: title, count, search and a "New" button above; the table scrolls; pages below. */
export function ListPage(props: ListPageProps) {
  const {
    title,
    countText,
    searchLabel,
    searchPlaceholder,
    search,
    onSearch,
    newLabel,
    onNew,
    newDisabled,
    loading,
  } = props
  const { total, page, onPage, filters, searchDisabled, children } = props
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1
  const last = Math.min(total, page * PAGE_SIZE)
  return (
    <div className={classes.page}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" className={classes.header}>
        <div>
          <Title order={2}>{title}</Title>
          <Group gap={8} mih={24}>
            <Text c="dimmed" size="sm" aria-live="polite">
              {countText}
            </Text>
            {loading && <Loader size={14} aria-label="Loading" />}
          </Group>
        </div>
        <Group gap="sm" align="flex-end" wrap="nowrap" className={classes.tools}>
          <TextInput
            label={searchLabel}
            value={search}
            onChange={(event) => onSearch(event.currentTarget.value)}
            placeholder={searchPlaceholder}
            disabled={searchDisabled}
            className={classes.search}
            rightSection={
              search ? <CloseButton size="sm" aria-label="Clear search" onClick={() => onSearch('')} /> : null
            }
          />
          <Button onClick={onNew} disabled={newDisabled}>
            {newLabel}
          </Button>
        </Group>
      </Group>
      {filters && (
        <Group gap="lg" className={classes.header} wrap="wrap">
          {filters}
        </Group>
      )}
      <div className={classes.tableArea}>{children}</div>
      {total > PAGE_SIZE && (
        <Group justify="space-between" className={classes.footer}>
          <Text size="sm" c="dimmed">
            {first}–{last} of {total.toLocaleString('en')}
          </Text>
          <Pagination total={pages} value={page} onChange={onPage} size="sm" getControlProps={pagerLabels} />
        </Group>
      )}
    </div>
  )
}

function pagerLabels(control: 'first' | 'previous' | 'last' | 'next') {
  return { 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` }
}
