import { useState } from 'react'
import type { ReactNode } from 'react'
import { Badge, Tabs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SubjectStatements } from '@renderer/features/statements/SubjectStatements/SubjectStatements'
import { useSubjectStatementCount } from '@renderer/features/statements/SubjectStatements/useSubjectStatements'
import type { DrawerTab, EditableKind } from '@renderer/hooks/useNavigation'
import { useFormat } from '@renderer/i18n/format'
import { RecordHistory } from '../RecordHistory/RecordHistory'
import { RecordTeamCommits } from '@renderer/features/team/RecordTeamCommits'
import classes from './RecordDrawer.module.css'

interface RecordTabsProps {
  kind: EditableKind
  id: string
  initialTab?: DrawerTab
  /** The record's form. */
  children: ReactNode
}

/**
 * A saved record: its form, a site's statements, and its history, each in a tab. The form keeps
 * its edits across tabs.
 */
export function RecordTabs({ kind, id, initialTab, children }: RecordTabsProps) {
  const { t } = useTranslation('forms')
  const [tab, setTab] = useState<string | null>(initialTab ?? 'details')
  return (
    <Tabs
      value={tab}
      onChange={setTab}
      keepMounted
      // Not React's Activity: a hidden form must keep its effects (the unsaved-changes report).
      keepMountedMode="display-none"
      className={classes.tabs}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="details">{t('tabs.details')}</Tabs.Tab>
        {kind === 'site' && (
          <Tabs.Tab value="statements" rightSection={<StatementCount siteId={id} />}>
            {t('tabs.statements')}
          </Tabs.Tab>
        )}
        <Tabs.Tab value="history">{t('tabs.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="details" className={classes.panel}>
        {children}
      </Tabs.Panel>
      {kind === 'site' && (
        <Tabs.Panel value="statements">
          <SubjectStatements subject={{ kind: 'site', id }} />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="history">
        <RecordHistory kind={kind} id={id} active={tab === 'history'} />
        <RecordTeamCommits kind={kind} id={id} active={tab === 'history'} />
      </Tabs.Panel>
    </Tabs>
  )
}

function StatementCount({ siteId }: { siteId: string }) {
  const format = useFormat()
  const count = useSubjectStatementCount({ kind: 'site', id: siteId })
  if (count === undefined) return null
  return (
    <Badge size="sm" variant="light" color="gray" circle={false}>
      {format.number(count)}
    </Badge>
  )
}
