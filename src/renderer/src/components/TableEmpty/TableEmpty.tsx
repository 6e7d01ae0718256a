import { Anchor, EmptyState } from '@mantine/core'

interface TableEmptyProps {
  /** The plural noun: "sites". */
  noun: string
  search: string
  onClearSearch: () => void
  onCreate: () => void
  /** A status filter is on. */
  filtered?: boolean
  onClearFilters?: () => void
}

/** What a table shows with no rows: nothing matched the search or the filters, or nothing exists yet. */
export function TableEmpty({
  noun,
  search,
  onClearSearch,
  onCreate,
  filtered,
  onClearFilters,
}: TableEmptyProps) {
  if (search) {
    return (
      <EmptyState
        py="xl"
        title={`No ${noun} match “${search}”${filtered ? ' with the chosen status' : ''}.`}
        description={
          <Anchor component="button" type="button" onClick={onClearSearch}>
            Clear the search
          </Anchor>
        }
      />
    )
  }
  if (filtered) {
    return (
      <EmptyState
        py="xl"
        title={`No ${noun} have the chosen status.`}
        description={
          <Anchor component="button" type="button" onClick={onClearFilters}>
            Show every status
          </Anchor>
        }
      />
    )
  }
  return (
    <EmptyState
      py="xl"
      title={`No ${noun} yet.`}
      description={
        <Anchor component="button" type="button" onClick={onCreate}>
          Create the first one.
        </Anchor>
      }
    />
  )
}
