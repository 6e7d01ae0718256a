import { useId } from 'react'
import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import type { ItemRef } from '@shared/domain'
import { CoverageText } from '@renderer/components/CoverageText/CoverageText'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { PropertyGroupCard } from './PropertyGroupCard'
import { SUBJECT_LIMIT, useSubjectStatements } from './useSubjectStatements'

/**
 * What the dataset says about a site or a country: its statements grouped by property, with
 * their citation coverage; each can be edited, re-ranked or deleted, and more added.
 */
export function SubjectStatements({ subject }: { subject: ItemRef }) {
  const { t } = useTranslation('statements')
  const format = useFormat()
  const { openOver } = useNavigation()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const { list, groups, total } = useSubjectStatements(subject)
  const titleId = useId()
  return (
    <section aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap" gap="sm">
        <div>
          <Group gap="xs">
            <Title order={3} size="h4" id={titleId}>
              {t('statements')}
            </Title>
            {total !== undefined && (
              <Badge variant="light" color="gray" aria-label={t('count', { count: total })}>
                {format.number(total)}
              </Badge>
            )}
          </Group>
          <CoverageText subject={subject} withBar />
        </div>
        <Button
          size="xs"
          disabled={readOnly}
          onClick={() => openOver('statement', null, { prefill: { subject } })}
        >
          {t('addStatement')}
        </Button>
      </Group>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      {total === 0 && (
        <Text size="sm" c="dimmed" py="md">
          {t('nothingSaid')}
        </Text>
      )}
      <Stack gap="sm">
        {groups.map((group) => (
          <PropertyGroupCard key={group.property} subject={subject} group={group} readOnly={readOnly} />
        ))}
      </Stack>
      {total !== undefined && total > SUBJECT_LIMIT && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('firstShown', { limit: SUBJECT_LIMIT, total })}
        </Text>
      )}
    </section>
  )
}
