import { Badge, Group, Text } from '@mantine/core'

/** The number of references, or a "Citation needed" flag when there is none. */
export function CitationBadge({ count }: { count: number }) {
  if (count === 0) {
    return (
      <Badge color="red" variant="light" radius="sm" style={{ whiteSpace: 'nowrap' }}>
        Citation needed
      </Badge>
    )
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm">{count}</Text>
      <Text size="sm" c="dimmed">
        {count === 1 ? 'reference' : 'references'}
      </Text>
    </Group>
  )
}
