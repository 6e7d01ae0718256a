import { Anchor, EmptyState } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface TableEmptyProps {
  /** The plural noun, in the interface language: "sites". */
  noun: string
  search: string
  onClearSearch: () => void
  onCreate: () => void
  /** A status filter is on. */
  filtered?: boolean
  onClearFilters?: () => void
  /** Facets are chosen (sites). */
  faceted?: boolean
  onClearFacets?: () => void
}

function Action({ onClick, children }: { onClick?: () => void; children: string }) {
  return (
    <Anchor component="button" type="button" onClick={onClick}>
      {children}
    </Anchor>
  )
}

/** What a table shows with no rows: nothing matched the search or the filters, or nothing exists yet. */
export function TableEmpty(props: TableEmptyProps) {
  const { noun, search, onClearSearch, onCreate, filtered, onClearFilters, faceted, onClearFacets } = props
  const { t } = useTranslation('tables')
  if (faceted) {
    return (
      <EmptyState
        py="xl"
        title={search ? t('empty.noFacetMatchSearch', { search }) : t('empty.noFacetMatch')}
        description={
          <>
            <Action onClick={onClearFacets}>{t('empty.clearFilters')}</Action>
            {search && (
              <>
                {' · '}
                <Action onClick={onClearSearch}>{t('empty.clearSearch')}</Action>
              </>
            )}
          </>
        }
      />
    )
  }
  if (search) {
    return (
      <EmptyState
        py="xl"
        title={
          filtered ? t('empty.noMatchWithStatus', { noun, search }) : t('empty.noMatch', { noun, search })
        }
        description={<Action onClick={onClearSearch}>{t('empty.clearSearch')}</Action>}
      />
    )
  }
  if (filtered) {
    return (
      <EmptyState
        py="xl"
        title={t('empty.noStatus', { noun })}
        description={<Action onClick={onClearFilters}>{t('empty.showEveryStatus')}</Action>}
      />
    )
  }
  return (
    <EmptyState
      py="xl"
      title={t('empty.none', { noun })}
      description={<Action onClick={onCreate}>{t('empty.createFirst')}</Action>}
    />
  )
}
