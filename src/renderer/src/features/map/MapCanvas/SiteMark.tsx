import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SitePoint } from '@shared/domain'
import { CATEGORY_COLORS } from '@renderer/lib/labels'
import classes from './MapCanvas.module.css'
import markClasses from '../marks.module.css'
import { localName } from '@renderer/lib/record-name'

/** Category colour of a site, as the table's badges show it. */
export function categoryFill(category: SitePoint['category']): string {
  return `var(--mantine-color-${CATEGORY_COLORS[category]}-filled)`
}

/** A warning triangle centred on (0, 0). */
export const TRIANGLE = 'M0,-8 L7.5,5.5 L-7.5,5.5 Z'

interface SiteMarkProps {
  point: SitePoint
  sx: number
  sy: number
  /** The site "Show on map" asked for: drawn larger, on top, apart from any cluster. */
  shown?: boolean
  onOpen: () => void
  onKey: (event: KeyboardEvent) => void
  onHover: (hover: { text: string; sx: number; sy: number } | null) => void
}

/** One site on the map: a dot in its category's colour, or a warning triangle when it lies outside its countries. */
export function SiteMark({ point, sx, sy, shown = false, onOpen, onKey, onHover }: SiteMarkProps) {
  const { t, i18n } = useTranslation('map')
  const name = localName(point.names, i18n.language) || point.name
  const hover = () => onHover({ text: name, sx, sy })
  return (
    <g
      transform={`translate(${sx},${sy})${shown ? ' scale(1.35)' : ''}`}
      className={classes.point}
      role="button"
      tabIndex={0}
      aria-label={t(point.outsideBorders ? 'pointOutside' : 'point', { name })}
      data-site-id={point.id}
      data-shown={shown ? 'true' : undefined}
      onClick={onOpen}
      onKeyDown={onKey}
      onPointerEnter={hover}
      onPointerLeave={() => onHover(null)}
      onFocus={hover}
      onBlur={() => onHover(null)}
    >
      {point.outsideBorders ? (
        <path d={TRIANGLE} className={markClasses.warning} />
      ) : (
        <circle r={6} fill={categoryFill(point.category)} className={markClasses.dot} />
      )}
    </g>
  )
}
