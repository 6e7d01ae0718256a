import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SiteRow } from '@shared/domain'
import { orderedNames } from '../site-text'
import classes from './DuplicatesPage.module.css'

/** A site of a pair: its names in every language, its id and states parties. */
export function SiteCell({
  site,
}: {
  site: Pick<SiteRow, 'id' | 'name' | 'statesParties' | 'yearInscribed'>
}) {
  const { i18n } = useTranslation()
  const names = orderedNames(site.name, i18n.language)
  return (
    <Stack gap={0} className={classes.site}>
      {names.map(([lang, text], index) => (
        <Text key={lang} size="sm" fw={index === 0 ? 600 : 400} lang={lang} className={classes.name}>
          {text}
          <Text span size="xs" c="dimmed" ml={6}>
            {lang}
          </Text>
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {site.id}
        {site.statesParties.length > 0 && ` · ${site.statesParties.join(', ')}`}
        {site.yearInscribed !== undefined && ` · ${site.yearInscribed}`}
      </Text>
    </Stack>
  )
}
