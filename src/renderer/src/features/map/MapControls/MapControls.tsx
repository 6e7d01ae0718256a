import { ActionIcon, Stack, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import classes from './MapControls.module.css'

interface MapControlsProps {
  onZoomIn: () => void
  onZoomOut: () => void
  onFit: () => void
  onWorld: () => void
}

/** Zoom in and out, fit the points, the whole world: over the map's top right corner. */
export function MapControls({ onZoomIn, onZoomOut, onFit, onWorld }: MapControlsProps) {
  const { t } = useTranslation('map')
  const buttons = [
    { label: t('zoomIn'), glyph: '+', action: onZoomIn },
    { label: t('zoomOut'), glyph: '−', action: onZoomOut },
    { label: t('fit'), glyph: '⤢', action: onFit },
    { label: t('world'), glyph: '◯', action: onWorld },
  ]
  return (
    <Stack gap={4} className={classes.controls}>
      {buttons.map((b) => (
        <Tooltip key={b.label} label={b.label} position="left" withArrow>
          <ActionIcon variant="default" size="lg" aria-label={b.label} onClick={b.action}>
            <span aria-hidden className={classes.glyph}>
              {b.glyph}
            </span>
          </ActionIcon>
        </Tooltip>
      ))}
    </Stack>
  )
}
