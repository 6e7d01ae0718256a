import { useState } from 'react'
import { Alert, Button, Group, List, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { isValidationError } from '@renderer/lib/api'
import { mainName } from '../site-text'
import { SiteCell } from '../DuplicatesPage/SiteCell'
import { useMarkNotDuplicate, useMergePreview, useMergeSites } from '../useDuplicates'
import { ClaimNote } from './ClaimNote'
import { FieldChoice } from './FieldChoice'
import classes from './MergeView.module.css'
import { useMergedNotice } from './useMergedNotice'
import type { Site } from '@shared/domain'

interface MergeViewProps {
  kept: string
  removed: string
  onSwap: () => void
  onClose: () => void
}

/**
 * The two sites side by side, field by field: for each field that differs the curator keeps
 * the kept site's value (the default) or takes the other's; then merges, swaps which is kept,
 * or says they are different places.
 */
export function MergeView({ kept, removed, onSwap, onClose }: MergeViewProps) {
  const { t, i18n } = useTranslation('duplicates')
  const { openRecord } = useNavigation()
  // null: main's default choice (the kept site's values, and the other's where it has none).
  const [take, setTake] = useState<string[] | null>(null)
  const preview = useMergePreview(kept, removed, take)
  const merge = useMergeSites()
  const notDuplicate = useMarkNotDuplicate()
  const notice = useMergedNotice()
  const data = preview.data
  const chosen = take ?? data?.take ?? []
  const keptName = data ? mainName(data.kept.name, i18n.language) || kept : kept
  const errors = (data?.issues ?? []).filter((issue) => issue.severity === 'error')
  const mergeError = merge.error && !isValidationError(merge.error) ? merge.error : null
  // A read-only dataset can be looked through, not changed.
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const busy = readOnly || merge.isPending || notDuplicate.isPending

  const choose = (path: string, fromRemoved: boolean) => {
    const others = chosen.filter((p) => p !== path)
    setTake(fromRemoved ? [...others, path] : others)
  }
  const swap = () => {
    setTake(null)
    onSwap()
  }
  const doMerge = () =>
    merge.mutate(
      { kept, removed, take: chosen },
      {
        onSuccess: (command) => {
          onClose()
          notice(command, keptName)
          openRecord('site', kept)
        },
      },
    )
  const setApart = () =>
    notDuplicate.mutate([kept, removed], {
      onSuccess: () => {
        onClose()
        notifications.show({ color: 'teal', message: t('notDuplicate.done') })
      },
    })

  return (
    <Modal opened onClose={onClose} size="min(70rem, 95vw)" title={t('merge.title')}>
      {!data && <Loader size="sm" aria-label={t('merge.loading')} />}
      {data && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('merge.intro')}
          </Text>
          <ClaimNote claim={data.claim} kept={data.kept} removed={data.removed} />
          <Table className={classes.table} withTableBorder withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className={classes.field}>{t('merge.field')}</Table.Th>
                <SideHeader label={t('merge.kept')} site={data.kept} />
                <SideHeader label={t('merge.removed')} site={data.removed} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.fields.map((field) => (
                <FieldChoice
                  key={field.path}
                  field={field}
                  fromRemoved={chosen.includes(field.path)}
                  onChoose={(fromRemoved) => choose(field.path, fromRemoved)}
                />
              ))}
            </Table.Tbody>
          </Table>
          {data.fields.length === 0 && <Text size="sm">{t('merge.noDifferences')}</Text>}
          <Text size="sm">
            {t('merge.statements', { count: data.statementsMoved })}{' '}
            {data.valuesRewritten > 0 && t('merge.values', { count: data.valuesRewritten })}{' '}
            {t('merge.references')}
          </Text>
          {errors.length > 0 && (
            <Alert color="red" title={t('merge.invalid')}>
              <List size="sm">
                {errors.map((issue) => (
                  <List.Item key={`${issue.path} ${issue.rule}`}>
                    {issue.path && <code>{issue.path}</code>} {issue.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {mergeError && (
            <Alert color="red" title={t('merge.failed')}>
              {mergeError.message}
            </Alert>
          )}
          {notDuplicate.error && (
            <Alert color="red" title={t('notDuplicate.failed')}>
              {notDuplicate.error.message}
            </Alert>
          )}
          <Group justify="space-between" className="curator-modal-actions">
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('merge.cancel')}
              </Button>
              <Button variant="default" onClick={setApart} loading={notDuplicate.isPending} disabled={busy}>
                {t('merge.notDuplicate')}
              </Button>
            </Group>
            <Group gap="xs">
              <Button variant="light" onClick={swap} disabled={busy}>
                {t('merge.swap')}
              </Button>
              <Button
                color="red"
                onClick={doMerge}
                loading={merge.isPending}
                disabled={busy || errors.length > 0 || preview.isFetching}
              >
                {t('merge.submit', { name: keptName })}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

/** The head of one side: which it is (kept or removed) and the site's names. */
function SideHeader({ label, site }: { label: string; site: Site }) {
  return (
    <Table.Th className={classes.head}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <SiteCell site={site} />
    </Table.Th>
  )
}
