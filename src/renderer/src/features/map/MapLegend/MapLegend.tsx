import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SitePoint } from '@shared/domain'
import { useLabels } from '@renderer/i18n/useLabels'
import { categoryFill } from '../MapCanvas/SiteMark'
import classes from './MapLegend.module.css'
import markClasses from '../marks.module.css'

const CATEGORIES: SitePoint['category'][] = ['cultural', 'natural', 'mixed']

/** What the marks mean: a colour per category, the warning triangle, the cluster bubble. */
export function MapLegend() {
  const { t } = useTranslation('map')
  const labels = useLabels()
  return (
    <Group gap="md" wrap="wrap" role="list" aria-label={t('legend')} className={classes.legend}>
      {CATEGORIES.map((category) => (
        <Group key={category} gap={6} wrap="nowrap" role="listitem">
          <svg width={14} height={14} aria-hidden>
            <circle cx={7} cy={7} r={5.5} fill={categoryFill(category)} className={markClasses.dot} />
          </svg>
          <Text size="sm">{labels.category(category)}</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap" role="listitem">
        <svg width={18} height={16} aria-hidden>
          <path d="M9,1 L16.5,14.5 L1.5,14.5 Z" className={markClasses.warning} />
        </svg>
        <Text size="sm">{t('legendOutside')}</Text>
      </Group>
      <Group gap={6} wrap="nowrap" role="listitem">
        <svg width={18} height={18} aria-hidden>
          <circle cx={9} cy={9} r={8} className={markClasses.bubble} />
        </svg>
        <Text size="sm">{t('legendCluster')}</Text>
      </Group>
    </Group>
  )
}
