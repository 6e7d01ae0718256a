import { Text } from '@mantine/core'
import type { Statement } from '@shared/domain'
import { useRecord } from '@renderer/hooks/useRecords'

/** One cited source by its title (its id while it loads or if it is gone). */
function SourceTitle({ id }: { id: string }) {
  const source = useRecord('source', id).data
  return <>{source?.title || id}</>
}

/**
 * The sources a statement cites, by title, beside its reference count: on a site's page a
 * curator sees where each value comes from without opening it.
 */
export function CitedSources({ references }: { references: Statement['references'] }) {
  const ids = [...new Set(references.map((r) => r.source))]
  if (ids.length === 0) return null
  return (
    <Text size="xs" c="dimmed" lineClamp={1} data-testid="cited-sources">
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && ' · '}
          <SourceTitle id={id} />
        </span>
      ))}
    </Text>
  )
}
