import type { MouseEvent, ReactNode } from 'react'
import { Anchor, type MantineSize } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { api } from '@renderer/lib/api'

interface ExternalLinkProps {
  url: string
  children?: ReactNode
  /** Cut the shown text to one line. */
  truncate?: boolean
  size?: MantineSize
}

/** A link to the web that opens in the system browser through main, never in the app window. */
export function ExternalLink({ url, children, truncate, size = 'sm' }: ExternalLinkProps) {
  const { t } = useTranslation('shell')
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    event.stopPropagation()
    api.openExternal(url).catch((error: Error) => {
      notifications.show({ title: t('linkFailed'), message: error.message, color: 'red' })
    })
  }
  return (
    <Anchor
      href={url}
      onClick={open}
      onKeyDown={(event) => event.stopPropagation()}
      size={size}
      truncate={truncate ? 'end' : undefined}
      title={url}
      // Cut to one line, the ellipsis needs a box of its own width; otherwise long URLs may break anywhere.
      style={truncate ? { display: 'block', maxWidth: '100%' } : { overflowWrap: 'anywhere' }}
    >
      {children ?? url}
    </Anchor>
  )
}
