import { Badge, Button, Group, Menu, Progress, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TeamAction, TeamState, TeamSyncResult } from '@shared/team-api'
import { api } from '@renderer/lib/api'
import { ChevronDownIcon } from '@renderer/components/Icons/Icons'
import { refreshEverything } from '@renderer/hooks/useRecords'
import { isCancelled } from '../exchange/exchange-api'
import { refreshTeam } from './team-hooks'
import { useJob } from '@renderer/hooks/useJob'

/** GitHub Desktop's one button: Pull when behind, Push when ahead, Fetch otherwise; the rest in its menu. */
function mainAction(status: TeamState): TeamAction {
  if (status.behind > 0 && status.ahead > 0) return 'sync'
  if (status.behind > 0) return 'pull'
  if (status.ahead > 0) return 'push'
  return 'fetch'
}

/** The one Fetch / Pull / Push control: ahead and behind counts, progress, cancel. */
export function SyncControl({ status, onConflicts }: { status: TeamState; onConflicts: () => void }) {
  const { t } = useTranslation(['team', 'common'])
  const client = useQueryClient()
  const job = useJob('team')
  const disabled = !status.remote || status.mergeInProgress || job.running

  const run = (action: TeamAction) =>
    void job
      .run((jobId) => api.syncTeam(action, jobId))
      .then((result) => report(result))
      .catch((error: unknown) => {
        if (isCancelled(error)) notifications.show({ message: t('sync.cancelled'), color: 'gray' })
        else
          notifications.show({
            title: t(`sync.failed.${action}`),
            message: (error as Error).message,
            color: 'red',
            autoClose: false,
          })
      })
      .finally(() => void refreshEverything(client).then(() => refreshTeam(client)))

  const report = (result: TeamSyncResult) => {
    const pulled = result.state === 'pushed' ? result.pulled : result
    if (pulled?.state === 'conflicts') {
      notifications.show({ title: t('sync.conflictsTitle'), message: t('sync.conflicts'), color: 'orange' })
      onConflicts()
      return
    }
    notifications.show({ message: t(`sync.done.${result.state}`), color: 'teal' })
  }

  const action = mainAction(status)
  const phase = job.progress?.phase ? t(`sync.phase.${job.progress.phase}`) : t('sync.starting')
  const percent =
    job.progress?.total && job.progress.total > 0 ? (100 * job.progress.done) / job.progress.total : undefined

  return (
    <Group gap="xs" wrap="nowrap" data-testid="sync-control">
      <Button.Group>
        <Tooltip label={t(`sync.hint.${action}`)} withArrow>
          <Button
            onClick={() => run(action)}
            disabled={disabled}
            loading={job.running}
            data-testid="sync-main"
            rightSection={
              <Group gap={4} wrap="nowrap">
                <Badge
                  size="sm"
                  variant="light"
                  color="gray"
                  title={t('sync.behind', { count: status.behind })}
                >
                  ↓{status.behind}
                </Badge>
                <Badge
                  size="sm"
                  variant="light"
                  color="gray"
                  title={t('sync.ahead', { count: status.ahead })}
                >
                  ↑{status.ahead}
                </Badge>
              </Group>
            }
          >
            {t(`sync.action.${action}`)}
          </Button>
        </Tooltip>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button disabled={disabled} aria-label={t('sync.more')} px={8} data-testid="sync-menu">
              <ChevronDownIcon size={16} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {(['fetch', 'pull', 'push', 'sync'] as const).map((each) => (
              <Menu.Item key={each} onClick={() => run(each)}>
                {t(`sync.action.${each}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Button.Group>
      {job.running && (
        <Group gap="xs" wrap="nowrap" miw={180} data-testid="sync-progress">
          <div style={{ flex: 1 }}>
            <Text size="xs" c="dimmed">
              {job.progress?.total
                ? t('sync.progressOf', { phase, done: job.progress.done, total: job.progress.total })
                : phase}
            </Text>
            <Progress value={percent ?? 100} animated={percent === undefined} size="sm" />
          </div>
          <Button size="xs" variant="default" onClick={job.cancel} loading={job.cancelling}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      )}
      {!status.remote && (
        <Text size="sm" c="dimmed">
          {t('sync.noRemote')}
        </Text>
      )}
    </Group>
  )
}
