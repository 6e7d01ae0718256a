import { Anchor, Text } from '@mantine/core'
import type { RecordKind } from '../../../../../shared/result'
import type { EditableKind } from '../../../hooks/useNavigation'
import { KIND_LABELS } from '../export-model'

interface RecordRefProps {
  kind: RecordKind
  id: string
  /** When given, sites, sources and statements open in the editor (properties have none). */
  onOpen?: (kind: EditableKind, id: string) => void
}

/** "Site whc-1001": which record a row of a report is about, a link to it when it can be opened. */
export function RecordRef({ kind, id, onOpen }: RecordRefProps) {
  const label = KIND_LABELS[kind].one
  if (onOpen && kind !== 'property') {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => onOpen(kind, id)}
        aria-label={`Open ${label.toLowerCase()} ${id}`}
        ta="left"
      >
        {label}{' '}
        <Text span ff="monospace" size="sm" inherit>
          {id}
        </Text>
      </Anchor>
    )
  }
  return (
    <Text size="sm">
      {label}{' '}
      <Text span ff="monospace" inherit>
        {id}
      </Text>
    </Text>
  )
}
