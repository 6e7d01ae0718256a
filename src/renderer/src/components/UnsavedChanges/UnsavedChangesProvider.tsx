import { useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { UnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { DEFAULT_OWNER, UnsavedChangesContext } from '@renderer/hooks/useUnsavedChanges'

interface Pending {
  action: () => void
  owner?: string
}

/**
 * Holds which open forms have unsaved edits, and asks before anything (closing a drawer,
 * opening another record, undo) would drop them.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell')
  const dirty = useRef(new Set<string>())
  const [pending, setPending] = useState<Pending | null>(null)

  const value = useMemo<UnsavedChanges>(
    () => ({
      setDirty: (next, owner = DEFAULT_OWNER) => {
        if (next) dirty.current.add(owner)
        else dirty.current.delete(owner)
      },
      markClean: (owner) => {
        if (owner === undefined) dirty.current.clear()
        else dirty.current.delete(owner)
      },
      confirmDiscard: (action, owner) => {
        const unsaved = owner === undefined ? dirty.current.size > 0 : dirty.current.has(owner)
        if (!unsaved) return action()
        // After the current event: an Escape that closed the drawer must not also reach (and close)
        // this dialog, whose window listener would otherwise see it opened within the same keydown.
        window.setTimeout(() => setPending({ action, owner }), 0)
      },
    }),
    [],
  )

  const discard = () => {
    if (!pending) return
    if (pending.owner === undefined) dirty.current.clear()
    else dirty.current.delete(pending.owner)
    setPending(null)
    pending.action()
  }

  return (
    <UnsavedChangesContext value={value}>
      {children}
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('unsaved.title')}
        centered
        zIndex={220}
      >
        <Text size="sm" mb="lg">
          {t('unsaved.text')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPending(null)} data-autofocus>
            {t('unsaved.keep')}
          </Button>
          <Button color="red" onClick={discard}>
            {t('unsaved.discard')}
          </Button>
        </Group>
      </Modal>
    </UnsavedChangesContext>
  )
}
