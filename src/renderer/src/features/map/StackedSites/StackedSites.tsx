import { CloseButton, Group, Paper, ScrollArea, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SitePoint } from '@shared/domain'
import classes from './StackedSites.module.css'
import { localName } from '@renderer/lib/record-name'

/** Sites too close to ever separate on the map (one point, or a few metres apart). */
export interface Stack {
  sites: SitePoint[]
  sx: number
  sy: number
}

interface StackedSitesProps {
  stack: Stack
  onOpen: (id: string) => void
  onClose: () => void
}

/** The list of sites of a bubble that zooming cannot split: the curator picks one. */
export function StackedSites({ stack, onOpen, onClose }: StackedSitesProps) {
  const { t, i18n } = useTranslation('map')
  return (
    <Paper
      shadow="md"
      withBorder
      className={classes.stack}
      style={{ left: stack.sx, top: stack.sy }}
      role="dialog"
      aria-label={t('stackTitle', { count: stack.sites.length })}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" px="xs" pt={4}>
        <Text size="xs" c="dimmed">
          {t('stackTitle', { count: stack.sites.length })}
        </Text>
        <CloseButton size="sm" aria-label={t('stackClose')} onClick={onClose} />
      </Group>
      <ScrollArea.Autosize mah={220} type="auto">
        {stack.sites.map((site, i) => (
          <UnstyledButton
            key={site.id}
            className={classes.site}
            onClick={() => onOpen(site.id)}
            autoFocus={i === 0}
          >
            {localName(site.names, i18n.language) || site.name}
          </UnstyledButton>
        ))}
      </ScrollArea.Autosize>
    </Paper>
  )
}
