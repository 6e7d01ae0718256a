import { useMutation, useQueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { refreshEverything } from '@renderer/hooks/useRecords'
import { api } from '@renderer/lib/api'

/** Moves one value of a property up or down among its siblings: one undoable step in main. */
export function useMoveStatement(id: string, siblings: string[]) {
  const { t } = useTranslation('statements')
  const client = useQueryClient()
  const index = siblings.indexOf(id)
  const mutation = useMutation({
    mutationFn: (ids: string[]) => api.reorderStatements(ids),
    onSuccess: () => {
      void refreshEverything(client)
      notifications.show({ message: t('moved'), color: 'teal' })
    },
    onError: (error) => notifications.show({ title: t('notMoved'), message: error.message, color: 'red' }),
  })
  return {
    canMoveUp: index > 0,
    canMoveDown: index >= 0 && index < siblings.length - 1,
    run(step: -1 | 1) {
      const target = index + step
      if (index < 0 || target < 0 || target >= siblings.length) return
      const ids = [...siblings]
      ids[index] = siblings[target] as string
      ids[target] = id
      mutation.mutate(ids)
    },
  }
}
