import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordKind } from '@shared/result'
import type { EditableKind } from '@renderer/hooks/useNavigation'

interface RecordRefProps {
  kind: RecordKind
  id: string
  /** What the curator calls it; the id is then shown beside it, dimmed. */
  name?: string | undefined
  /** When given, the record opens in the editor. */
  onOpen?: (kind: EditableKind, id: string) => void
}

/**
 * "Site Mogao Caves whc-440" (or "Site whc-440" when it has no name): which record a row of a
 * report is about, a link to it when it can be opened.
 */
export function RecordRef({ kind, id, name, onOpen }: RecordRefProps) {
  const { t } = useTranslation('exchange')
  const label = name ? `${t(`ref.kind.${kind}`)} ${name}` : t(`ref.kind.${kind}`)
  const idText = name ? (
    <Text span ff="monospace" size="xs" c="dimmed" inherit={false}>
      {id}
    </Text>
  ) : (
    <Text span ff="monospace" size="sm" inherit>
      {id}
    </Text>
  )
  if (onOpen) {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => onOpen(kind, id)}
        aria-label={t('ref.open', { kind: t(`ref.kindLower.${kind}`), id: name ?? id })}
        ta="left"
      >
        {label} {idText}
      </Anchor>
    )
  }
  return (
    <Text size="sm">
      {label} {idText}
    </Text>
  )
}
