import { Anchor, EmptyState } from '@mantine/core'

interface TableEmptyProps {
  /** The plural noun: "sites". */
  noun: string
  search: string
  onClearSearch: () => void
  onCreate: () => void
}

/** What a table shows with no rows: nothing matched the search, or nothing exists yet. */
export function TableEmpty({ noun, search, onClearSearch, onCreate }: TableEmptyProps) {
  if (search) {
    return (
      <EmptyState
        py="xl"
        title={`No ${noun} match “${search}”.`}
        description={
          <Anchor component="button" type="button" onClick={onClearSearch}>
            Clear the search
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
