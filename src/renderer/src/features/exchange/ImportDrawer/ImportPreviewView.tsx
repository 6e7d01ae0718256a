import { useMemo, useState } from 'react'
import { Button, Group, Pagination, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportPreview } from '@shared/exchange'
import { useLabels } from '@renderer/i18n/useLabels'
import { CountFilter } from './CountFilter'
import { canCommit, defaultSelection, matchesFilter, type RowFilter } from './import-model'
import { FileNotes, PreviewSummary } from './PreviewSummary'
import { PreviewTable } from './PreviewTable'
import classes from './ImportDrawer.module.css'

const PAGE_SIZE = 50

interface ImportPreviewViewProps {
  preview: ImportPreview
  committing: boolean
  /** A read-only dataset can be previewed into, not written. */
  readOnly: boolean
  /** Undefined: all new and changed rows, as main takes them by default. */
  onCommit: (rowIds: string[] | undefined) => void
  onChangeMapping?: () => void
  onCancel: () => void
}

/** The preview: counts by status as filters, the rows page by page, and the commit of those chosen. */
export function ImportPreviewView({
  preview,
  committing,
  readOnly,
  onCommit,
  onChangeMapping,
  onCancel,
}: ImportPreviewViewProps) {
  const { t } = useTranslation('exchange')
  const labels = useLabels()
  const [filter, setFilter] = useState<RowFilter>('all')
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [selected, setSelected] = useState(() => defaultSelection(preview.rows))
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())

  const visible = useMemo(
    () => preview.rows.filter((row) => matchesFilter(row, filter, search.trim())),
    [preview.rows, filter, search],
  )
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE))
  const current = Math.min(page, pages)
  const pageRows = visible.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)
  const choosable = preview.rows.filter(canCommit)

  const select = (rowIds: string[], checked: boolean) =>
    setSelected((before) => {
      const next = new Set(before)
      for (const id of rowIds) {
        if (checked) next.add(id)
        else next.delete(id)
      }
      return next
    })
  const toggle = (rowId: string) =>
    setExpanded((before) => {
      const next = new Set(before)
      if (!next.delete(rowId)) next.add(rowId)
      return next
    })
  const commit = () => {
    const usual = defaultSelection(preview.rows)
    const same = usual.size === selected.size && [...usual].every((id) => selected.has(id))
    onCommit(same ? undefined : [...selected])
  }

  return (
    <div className={classes.preview}>
      <Stack gap="xs" className={classes.head}>
        <PreviewSummary preview={preview} onChangeMapping={onChangeMapping} />
        <CountFilter
          preview={preview}
          value={filter}
          onChange={(next) => {
            setFilter(next)
            setPage(1)
          }}
        />
      </Stack>
      <Stack gap="sm" className={classes.scroll}>
        <FileNotes preview={preview} />
        <Group justify="space-between" gap="sm">
          <TextInput
            aria-label={t('importPreview.search')}
            placeholder={t('importPreview.search')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value)
              setPage(1)
            }}
            w={280}
            size="xs"
          />
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setSelected(defaultSelection(preview.rows))}>
              {t('importPreview.chooseUsual')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setSelected(new Set())}>
              {t('importPreview.chooseNone')}
            </Button>
          </Group>
        </Group>
        {pageRows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('importPreview.noRows')}
          </Text>
        ) : (
          <PreviewTable
            rows={pageRows}
            selected={selected}
            expanded={expanded}
            onSelect={select}
            onExpand={toggle}
          />
        )}
        {pages > 1 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('importPreview.range', {
                from: (current - 1) * PAGE_SIZE + 1,
                to: Math.min(current * PAGE_SIZE, visible.length),
                total: visible.length,
              })}
            </Text>
            <Pagination
              total={pages}
              value={current}
              onChange={setPage}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': t(`importPreview.pager.${control}`) })}
            />
          </Group>
        )}
      </Stack>
      <Group justify="space-between" className={classes.footer}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('importPreview.chosen', { chosen: selected.size, count: choosable.length })}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button onClick={commit} disabled={selected.size === 0 || readOnly} loading={committing}>
            {t('importPreview.commit', { records: labels.count(selected.size, 'record') })}
          </Button>
        </Group>
      </Group>
    </div>
  )
}
