import { useMemo, useRef } from 'react'
import { Drawer } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SiteEditor } from '@renderer/features/sites/SiteEditor/SiteEditor'
import { SourceEditor } from '@renderer/features/sources/SourceEditor/SourceEditor'
import { StatementEditor } from '@renderer/features/statements/StatementEditor/StatementEditor'
import { PropertyEditor } from '@renderer/features/properties/PropertyEditor/PropertyEditor'
import type { EditableKind, Selection } from '@renderer/hooks/useNavigation'
import { RecordLevelContext, useNavigation } from '@renderer/hooks/useNavigation'
import type { DrawerGuard } from './record-level'
import { DrawerGuardContext, levelKey } from './record-level'
import { RecordTabs } from './RecordTabs'

/** Drawers kept in the stack, so that one closing can tell Mantine's stack it closed. */
const MIN_LEVELS = 3

const DRAWER_STYLES = {
  title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' },
  // A column, so that a short form still has its actions at the foot of the drawer.
  content: { display: 'flex', flexDirection: 'column' },
  header: { flex: 'none' },
  body: { flex: '1 0 auto', display: 'flex', flexDirection: 'column' },
} as const

/**
 * The open records, in drawers on the right. A record opened from another (a statement from its
 * site's page) lies over it; Escape, Cancel or a click outside goes back to the one below.
 */
export function RecordDrawer() {
  const { t } = useTranslation('forms')
  const { stack, closeRecord } = useNavigation()
  const holds = useRef(0)
  const guard = useMemo<DrawerGuard>(
    () => ({
      hold: () => {
        holds.current += 1
        return () => {
          holds.current -= 1
        }
      },
      held: () => holds.current > 0,
    }),
    [],
  )
  const close = () => {
    if (!guard.held()) closeRecord()
  }
  const levels = Array.from({ length: Math.max(MIN_LEVELS, stack.length) }, (_, index) => index)
  return (
    <DrawerGuardContext value={guard}>
      <Drawer.Stack>
        {levels.map((index) => {
          const selection = stack[index]
          return (
            <Drawer
              key={index}
              stackId={`record-${index}`}
              opened={selection !== undefined}
              onClose={close}
              position="right"
              size="xl"
              title={selection ? t(`drawer.${selection.id === null ? 'new' : 'edit'}.${selection.kind}`) : ''}
              closeButtonProps={{ 'aria-label': index > 0 ? t('drawer.back') : t('drawer.close') }}
              styles={DRAWER_STYLES}
            >
              {selection && (
                <Level
                  key={levelKey(index, selection)}
                  index={index}
                  selection={selection}
                  top={index === stack.length - 1}
                />
              )}
            </Drawer>
          )
        })}
      </Drawer.Stack>
    </DrawerGuardContext>
  )
}

function Level({ index, selection, top }: { index: number; selection: Selection; top: boolean }) {
  const level = useMemo(
    () => ({
      key: levelKey(index, selection),
      focus: selection.focus,
      prefill: selection.prefill,
      stacked: index > 0,
      top,
    }),
    [index, selection, top],
  )
  return (
    <RecordLevelContext value={level}>
      {selection.id === null ? (
        <Editor kind={selection.kind} id={null} />
      ) : (
        <RecordTabs kind={selection.kind} id={selection.id} initialTab={selection.tab}>
          <Editor kind={selection.kind} id={selection.id} />
        </RecordTabs>
      )}
    </RecordLevelContext>
  )
}

function Editor({ kind, id }: { kind: EditableKind; id: string | null }) {
  if (kind === 'site') return <SiteEditor id={id} />
  if (kind === 'source') return <SourceEditor id={id} />
  if (kind === 'property') return <PropertyEditor id={id} />
  return <StatementEditor id={id} />
}
