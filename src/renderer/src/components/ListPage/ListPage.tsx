import type { ReactNode } from 'react'
import { Button, CloseButton, Group, Loader, Pagination, Text, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import { PAGE_SIZE } from '@renderer/hooks/useTableQuery'
import classes from './ListPage.module.css'

/** Classic pages, for a list that is not virtualized (statements without references). */
export interface Pager {
  total: number
  page: number
  onPage: (page: number) => void
}

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
  /** Where the view is in the list: "1–50 of 100,000"; shown under the table. */
  position?: string
  pager?: Pager
  /** Filters shown under the title (status, chosen facets, ...). */
  filters?: ReactNode
  /** Beside "New": the column menu. */
  tools?: ReactNode
  /** Beside the table, on its left: the facet panel. */
  aside?: ReactNode
  /** The search does not apply to what the table shows now. */
  searchDisabled?: boolean
  /** The table, or an empty state. */
  children: ReactNode
}

/** A table page: title, count, search and a "New" button above; the table scrolls; position below. */
export function ListPage(props: ListPageProps) {
  const { t } = useTranslation('tables')
  const format = useFormat()
  const { title, countText, searchLabel, searchPlaceholder, search, onSearch, newLabel, onNew } = props
  const { newDisabled, loading, position, pager, filters, tools, aside, searchDisabled, children } = props
  return (
    <div className={classes.page}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" className={classes.header}>
        <div>
          <Title order={2}>{title}</Title>
          <Group gap={8} mih={24}>
            <Text c="dimmed" size="sm" aria-live="polite">
              {countText}
            </Text>
            {loading && <Loader size={14} aria-label={t('loading')} />}
          </Group>
        </div>
        <Group gap="sm" align="flex-end" wrap="nowrap" className={classes.tools}>
          <TextInput
            // Ctrl/Cmd+F and Edit › Find focus the search box marked so (hooks/useShortcuts.ts).
            data-table-search
            label={searchLabel}
            value={search}
            onChange={(event) => onSearch(event.currentTarget.value)}
            placeholder={searchPlaceholder}
            disabled={searchDisabled}
            className={classes.search}
            rightSection={
              search ? (
                <CloseButton size="sm" aria-label={t('clearSearch')} onClick={() => onSearch('')} />
              ) : null
            }
          />
          {tools}
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
      <div className={classes.body}>
        {aside}
        <div className={classes.tableArea}>{children}</div>
      </div>
      {position && (
        <Text size="sm" c="dimmed" className={classes.footer} data-testid="table-position">
          {position}
        </Text>
      )}
      {pager && pager.total > PAGE_SIZE && (
        <Group justify="space-between" className={classes.footer}>
          <Text size="sm" c="dimmed">
            {t('position', {
              first: format.number((pager.page - 1) * PAGE_SIZE + 1),
              last: format.number(Math.min(pager.total, pager.page * PAGE_SIZE)),
              total: format.number(pager.total),
            })}
          </Text>
          <Pagination
            total={Math.ceil(pager.total / PAGE_SIZE)}
            value={pager.page}
            onChange={pager.onPage}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          />
        </Group>
      )}
    </div>
  )
}
