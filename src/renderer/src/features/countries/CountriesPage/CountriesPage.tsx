import { Alert, Table, Text, Title } from '@mantine/core'
import { CoverageText } from '@renderer/components/CoverageText/CoverageText'
import listClasses from '@renderer/components/ListPage/ListPage.module.css'
import { openableRow } from '@renderer/components/ListPage/row-props'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import { useSubjectStatementCount } from '@renderer/features/statements/SubjectStatements/useSubjectStatements'
import type { CountryEntry } from '../useCountries'
import { STATEMENT_SCAN_LIMIT, useCountries } from '../useCountries'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

/** The countries of the dataset: states parties of its sites and subjects of its statements. */
export function CountriesPage() {
  const { t } = useTranslation('countries')
  const { countries, isPending, error, partial } = useCountries()
  const { openCountry } = useNavigation()
  return (
    <div className={listClasses.page}>
      <div className={listClasses.header}>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm" aria-live="polite" mih={24}>
          {isPending ? '' : t('count', { count: countries.length })}
        </Text>
      </div>
      {error && <Alert color="red">{error.message}</Alert>}
      {partial && (
        <Alert color="gray" variant="light">
          {t('partial', { limit: STATEMENT_SCAN_LIMIT })}
        </Alert>
      )}
      <div className={listClasses.tableArea}>
        <SimpleTable
          stickyHeader
          highlightOnHover
          verticalSpacing="xs"
          headers={[t('country'), t('code'), t('sites'), t('statements'), t('coverage')]}
        >
          {countries.map((country) => (
            <CountryRow key={country.code} country={country} onOpen={() => openCountry(country.code)} />
          ))}
        </SimpleTable>
      </div>
    </div>
  )
}

function CountryRow({ country, onOpen }: { country: CountryEntry; onOpen: () => void }) {
  const subject = { kind: 'country' as const, code: country.code }
  const format = useFormat()
  const statements = useSubjectStatementCount(subject)
  return (
    <Table.Tr {...openableRow(onOpen)}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {country.name}
        </Text>
      </Table.Td>
      <Table.Td>{country.code}</Table.Td>
      <Table.Td>{format.number(country.sites)}</Table.Td>
      <Table.Td>{statements === undefined ? '' : format.number(statements)}</Table.Td>
      <Table.Td>{statements ? <CoverageText subject={subject} size="sm" withBar bare /> : null}</Table.Td>
    </Table.Tr>
  )
}
