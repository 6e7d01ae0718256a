import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordKind } from '../../../../../shared/result'
import type { EditableKind } from '../../../hooks/useNavigation'

interface RecordRefProps {
  kind: RecordKind
  id: string
  /** When given, the record opens in the editor. */
  onOpen?: (kind: EditableKind, id: string) => void
}

/** "Site whc-1001": which record a row of a report is about, a link to it when it can be opened. */
export function RecordRef({ kind, id, onOpen }: RecordRefProps) {
  const { t } = useTranslation('exchange')
  const label = t(`ref.kind.${kind}`)
  if (onOpen) {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => onOpen(kind, id)}
        aria-label={t('ref.open', { kind: t(`ref.kindLower.${kind}`), id })}
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
