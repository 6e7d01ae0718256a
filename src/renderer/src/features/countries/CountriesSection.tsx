import { useNavigation } from '@renderer/hooks/useNavigation'
import { CountriesPage } from './CountriesPage/CountriesPage'
import { CountryPage } from './CountryPage/CountryPage'

/** The Countries section: the list, or one country's page. */
export function CountriesSection() {
  const { country } = useNavigation()
  return country ? <CountryPage code={country} /> : <CountriesPage />
}
