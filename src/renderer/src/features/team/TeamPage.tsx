import { Alert, Badge, Button, Group, Loader, Modal, Stack, Tabs, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import listClasses from '@renderer/components/ListPage/ListPage.module.css'
import { ChangesView } from './ChangesView'
import { CloneButton } from './CloneDataset'
import { ConflictsView } from './ConflictsView'
import { HistoryView } from './HistoryView'
import { SyncControl } from './SyncControl'
import { useTeamStatus } from './team-hooks'
import { RemoteForm, StartHistory } from './TeamSetup'

type TeamTab = 'changes' | 'history' | 'conflicts'

/** The team section: the sync control, then Changes, History and (during a merge) Conflicts. */
export function TeamPage() {
  const { t } = useTranslation('team')
  const status = useTeamStatus()
  // Unchosen, the view opens on Conflicts while a merge is in progress (also one found after a restart).
  const [chosen, setTab] = useState<TeamTab | null>(null)
  const [remoteOpen, setRemoteOpen] = useState(false)
  const merging = status.data?.mergeInProgress ?? false
  const tab = chosen ?? (merging ? 'conflicts' : 'changes')

  const data = status.data
  return (
    <div className={listClasses.page} style={{ overflow: 'auto' }}>
      <Group className={listClasses.header} justify="space-between" wrap="wrap">
        <Title order={2}>{t('title')}</Title>
        <Group gap="sm" wrap="wrap">
          {data?.repository && (
            <>
              <SyncControl status={data} onConflicts={() => setTab('conflicts')} />
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setRemoteOpen(true)}
                data-testid="remote-button"
              >
                {data.remote ? t('setup.changeRemote') : t('setup.setRemote')}
              </Button>
            </>
          )}
          <CloneButton variant="subtle" />
        </Group>
      </Group>
      <Stack gap="sm">
        {status.isPending && <Loader size="sm" />}
        {status.isError && <Alert color="red">{status.error.message}</Alert>}
        {data && !data.repository && <StartHistory />}
        {data?.writesHeld && (
          <Alert color="orange" data-testid="writes-held">
            {t(data.mergeInProgress ? 'held.merging' : 'held.writing')}
          </Alert>
        )}
        {data?.repository && (
          <Tabs value={tab} onChange={(value) => value && setTab(value as TeamTab)} keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab
                value="changes"
                rightSection={
                  <Badge size="sm" variant="light">
                    {data.uncommittedRecords}
                  </Badge>
                }
              >
                {t('tabs.changes')}
              </Tabs.Tab>
              <Tabs.Tab value="history">{t('tabs.history')}</Tabs.Tab>
              <Tabs.Tab
                value="conflicts"
                rightSection={
                  merging ? (
                    <Badge size="sm" color="orange">
                      !
                    </Badge>
                  ) : undefined
                }
              >
                {t('tabs.conflicts')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="changes">
              <ChangesView status={data} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <HistoryView />
            </Tabs.Panel>
            <Tabs.Panel value="conflicts">
              <ConflictsView />
            </Tabs.Panel>
          </Tabs>
        )}
        {data?.repository && !data.remote && (
          <Text size="sm" c="dimmed">
            {t('setup.noRemoteYet')}
          </Text>
        )}
      </Stack>
      {data && (
        <Modal
          opened={remoteOpen}
          onClose={() => setRemoteOpen(false)}
          title={t('setup.remoteTitle')}
          size="lg"
          centered
        >
          <RemoteForm status={data} onDone={() => setRemoteOpen(false)} />
        </Modal>
      )}
    </div>
  )
}
