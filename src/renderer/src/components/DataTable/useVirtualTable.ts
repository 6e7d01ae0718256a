import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecordQuery } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { useVirtualRecords } from '@renderer/hooks/useRecords'
import { useFormat } from '@renderer/i18n/format'

/**
 * A virtual table's rows and where the view is: `onRange` goes to DataTable, `position` under
 * the table ("1–18 of 100,000"). `lane`: see useVirtualRecords.
 */
export function useVirtualTable<K extends RecordKind>(
  kind: K,
  query: RecordQuery,
  enabled = true,
  lane?: string,
) {
  const { t } = useTranslation('tables')
  const format = useFormat()
  const records = useVirtualRecords(kind, query, enabled, lane)
  const [visible, setVisible] = useState<[number, number]>([0, 0])
  const { setRange } = records
  const onRange = useCallback(
    (range: { start: number; end: number; firstVisible: number; lastVisible: number }) => {
      setRange(range.start, range.end)
      setVisible((now) =>
        now[0] === range.firstVisible && now[1] === range.lastVisible
          ? now
          : [range.firstVisible, range.lastVisible],
      )
    },
    [setRange],
  )
  const { total } = records
  const position =
    total > 0
      ? t('position', {
          first: format.number(Math.min(total, visible[0] + 1)),
          last: format.number(Math.min(total, visible[1] + 1)),
          total: format.number(total),
        })
      : undefined
  return { ...records, onRange, position }
}
