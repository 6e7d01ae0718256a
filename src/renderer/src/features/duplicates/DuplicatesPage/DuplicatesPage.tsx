import { useState } from 'react'
import { Alert, Button, EmptyState, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DuplicateCandidate } from '@shared/domain'
import listClasses from '@renderer/components/ListPage/ListPage.module.css'
import { useFormat } from '@renderer/i18n/format'
import { MergeView } from '../MergeView/MergeView'
import { useDuplicatePairs } from '../useDuplicates'
import classes from './DuplicatesPage.module.css'
import { PairsTable } from './PairsTable'

/** Pairs listed at first, and added by each "Show more". */
const PAGE_SIZE = 50

/** Main's choice of the site to keep: the one with the stronger claim (approved, older, fuller). */
function defaultKept(pair: DuplicateCandidate): [string, string] {
  return [pair.claim.keep, pair.claim.other]
}

/** Likely duplicate sites, best first; a pair opens side by side to merge or to set apart. */
export function DuplicatesPage() {
  const { t } = useTranslation('duplicates')
  const format = useFormat()
  const [shown, setShown] = useState(PAGE_SIZE)
  const [open, setOpen] = useState<[string, string] | null>(null)
  const pairs = useDuplicatePairs(0, shown)
  const data = pairs.data
  const searching = pairs.isFetching && !data

  return (
    <div className={listClasses.page}>
      <div className={listClasses.header}>
        <Title order={2}>{t('title')}</Title>
        <Group gap={8} mih={24}>
          <Text c="dimmed" size="sm" aria-live="polite">
            {/* None found: the empty state below says so; "0 pairs, best match first" would not. */}
            {data &&
              data.total > 0 &&
              t('summary', { count: data.total, formatted: format.number(data.total) })}
            {data?.truncated && ` ${t('truncated')}`}
          </Text>
          {pairs.isFetching && <Loader size={14} aria-label={t('searching')} />}
        </Group>
      </div>
      {pairs.isError && <Alert color="red">{pairs.error.message}</Alert>}
      {searching && (
        <Stack gap={4} className={classes.progress} role="status">
          <Text size="sm">{t('searching')}</Text>
          {pairs.progress && (
            <Progress
              value={(100 * pairs.progress.done) / Math.max(1, pairs.progress.total)}
              aria-label={t('progress', {
                done: format.number(pairs.progress.done),
                total: format.number(pairs.progress.total),
              })}
            />
          )}
        </Stack>
      )}
      {data && (
        <>
          <div className={listClasses.tableArea}>
            {data.total === 0 ? (
              <EmptyState py="xl" title={t('empty.title')} description={t('empty.description')} />
            ) : (
              <PairsTable rows={data.rows} onOpen={(pair) => setOpen(defaultKept(pair))} />
            )}
          </div>
          {data.total > data.rows.length && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => setShown(shown + PAGE_SIZE)}
                loading={pairs.isFetching}
              >
                {t('more', { count: Math.min(PAGE_SIZE, data.total - data.rows.length) })}
              </Button>
            </Group>
          )}
        </>
      )}
      {open && (
        <MergeView
          kept={open[0]}
          removed={open[1]}
          onSwap={() => setOpen([open[1], open[0]])}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  )
}
