import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core'
import listClasses from '@renderer/components/ListPage/ListPage.module.css'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useTranslation } from 'react-i18next'
import { useLabels } from '@renderer/i18n/useLabels'
import { SubjectStatements } from '@renderer/features/statements/SubjectStatements/SubjectStatements'
import { useCountry } from '../useCountries'

/** A country's page: what the dataset says about it, grouped by property, with its citation coverage. */
export function CountryPage({ code }: { code: string }) {
  const { t } = useTranslation('countries')
  const labels = useLabels()
  const { openCountry } = useNavigation()
  const country = useCountry(code)
  return (
    <div className={listClasses.page} style={{ overflow: 'auto' }}>
      <div>
        <Anchor component="button" type="button" size="sm" onClick={() => openCountry(null)}>
          {t('all')}
        </Anchor>
        <Group gap="sm" mt={4} align="baseline">
          <Title order={2}>{country.name}</Title>
          <Badge variant="outline" color="gray" radius="sm">
            {code}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          {t('stateParty', { sites: labels.count(country.sites, 'site') })}
        </Text>
      </div>
      <Paper withBorder radius="md" p="md" maw={960}>
        <SubjectStatements subject={{ kind: 'country', code }} />
      </Paper>
    </div>
  )
}
