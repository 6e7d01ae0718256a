import { Drawer } from '@mantine/core'
import { SiteEditor } from '../../features/sites/SiteEditor/SiteEditor'
import { SourceEditor } from '../../features/sources/SourceEditor/SourceEditor'
import { StatementEditor } from '../../features/statements/StatementEditor/StatementEditor'
import type { EditableKind } from '../../hooks/useNavigation'
import { useNavigation } from '../../hooks/useNavigation'

const NOUNS: Record<EditableKind, string> = { site: 'site', source: 'source', statement: 'statement' }

/** The open record, in a drawer on the right; Escape or Cancel closes it. */
export function RecordDrawer() {
  const { selection, closeRecord } = useNavigation()
  const noun = selection ? NOUNS[selection.kind] : ''
  const title = selection ? `${selection.id === null ? 'New' : 'Edit'} ${noun}` : ''
  return (
    <Drawer
      opened={selection !== null}
      onClose={closeRecord}
      position="right"
      size="xl"
      title={title}
      styles={{
        title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' },
        // A column, so that a short form still has its actions at the foot of the drawer.
        content: { display: 'flex', flexDirection: 'column' },
        header: { flex: 'none' },
        body: { flex: '1 0 auto', display: 'flex', flexDirection: 'column' },
      }}
    >
      {selection?.kind === 'site' && <SiteEditor id={selection.id} />}
      {selection?.kind === 'source' && <SourceEditor id={selection.id} />}
      {selection?.kind === 'statement' && <StatementEditor id={selection.id} />}
    </Drawer>
  )
}
