import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TeamState } from '@shared/team-api'
import { FieldDiffTable } from '@renderer/components/RecordHistory/FieldDiffTable'
import { useSavePreferences } from '@renderer/hooks/useDatasetTools'
import { RecordLabel } from './RecordLabel'
import { refreshTeam, useCommitChanges, useTeamChanges } from './team-hooks'

const CHANGE_COLOR = { added: 'teal', modified: 'blue', deleted: 'red' } as const

/** The records changed since the last commit, field by field, and the box that commits them. */
export function ChangesView({ status }: { status: TeamState }) {
  const { t } = useTranslation('team')
  const changes = useTeamChanges(true)
  const list = changes.data ?? []
  return (
    <Group align="flex-start" gap="lg" wrap="wrap" data-testid="changes-view">
      <Stack gap="sm" style={{ flex: '1 1 420px' }} miw={0}>
        {changes.isError && <Alert color="red">{changes.error.message}</Alert>}
        {changes.isSuccess && list.length === 0 && (
          <Text c="dimmed" size="sm" data-testid="no-changes">
            {t('changes.none')}
          </Text>
        )}
        {list.map((change) => {
          const headingId = `change-${change.kind}-${change.id}`
          return (
            <Card key={`${change.kind}/${change.id}`} withBorder padding="sm" data-testid="change-item">
              <Group justify="space-between" wrap="nowrap" mb={6} align="flex-start">
                <RecordLabel kind={change.kind} id={change.id} name={change} headingId={headingId} />
                <Badge color={CHANGE_COLOR[change.change]} variant="light" style={{ flex: 'none' }}>
                  {t(`changes.effect.${change.change}`)}
                </Badge>
              </Group>
              <FieldDiffTable fields={change.fields} labelledBy={headingId} />
            </Card>
          )
        })}
      </Stack>
      <CommitBox status={status} count={list.length} />
    </Group>
  )
}

/** Summary, description and "Commit"; the author is the curator (name and e-mail from preferences). */
function CommitBox({ status, count }: { status: TeamState; count: number }) {
  const { t } = useTranslation('team')
  const commit = useCommitChanges()
  const [summary, setSummary] = useState('')
  const [description, setDescription] = useState('')
  const blocked = status.mergeInProgress || count === 0 || !status.author
  const submit = () =>
    commit.mutate(
      { summary: summary.trim(), description },
      {
        onSuccess: (result) => {
          setSummary('')
          setDescription('')
          notifications.show({
            message: t('changes.committed', { count: result.records.length }),
            color: 'teal',
          })
        },
        onError: (error) =>
          notifications.show({ title: t('changes.notCommitted'), message: error.message, color: 'red' }),
      },
    )
  return (
    <Card withBorder padding="md" w={340} style={{ flex: 'none' }} data-testid="commit-box">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (summary.trim()) submit()
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{t('changes.commitTitle', { count })}</Text>
          {status.author ? (
            <Text size="xs" c="dimmed">
              {t('changes.as', { name: status.author.name, email: status.author.email })}
            </Text>
          ) : (
            <AuthorForm />
          )}
          <TextInput
            label={t('changes.summary')}
            placeholder={t('changes.summaryPlaceholder')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            maxLength={500}
            required
          />
          <Textarea
            label={t('changes.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={10_000}
          />
          {status.mergeInProgress && (
            <Text size="xs" c="orange">
              {t('changes.mergeFirst')}
            </Text>
          )}
          <Button type="submit" disabled={blocked || !summary.trim()} loading={commit.isPending}>
            {t('changes.commit', { count })}
          </Button>
        </Stack>
      </form>
    </Card>
  )
}

/** Commits carry a name and an e-mail: asked here once, kept in preferences. */
function AuthorForm() {
  const { t } = useTranslation('team')
  const save = useSavePreferences()
  const client = useQueryClient()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const valid = name.trim() !== '' && /^[^\s@]+@[^\s@]+$/.test(email.trim())
  return (
    <Stack gap={6}>
      <Text size="xs" c="orange">
        {t('changes.needAuthor')}
      </Text>
      <TextInput
        size="xs"
        label={t('changes.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={100}
      />
      <TextInput
        size="xs"
        label={t('changes.email')}
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        maxLength={200}
      />
      <Button
        size="xs"
        variant="light"
        disabled={!valid}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { curatorName: name.trim(), curatorEmail: email.trim() },
            { onSuccess: () => void refreshTeam(client) },
          )
        }
      >
        {t('changes.saveAuthor')}
      </Button>
    </Stack>
  )
}
