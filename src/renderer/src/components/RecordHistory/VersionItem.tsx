import { Badge, Button, Group, Spoiler, Table, Text, VisuallyHidden } from '@mantine/core'
import type { RecordVersion } from '../../../../shared/domain'
import { longWhen } from '../../lib/times'
import { fieldLabel, shortValue } from './history-format'

const EFFECTS: Record<RecordVersion['effect'], string> = {
  created: 'Created',
  edited: 'Edited',
  deleted: 'Deleted',
}

const OPS: Record<RecordVersion['op'], string | null> = { do: null, undo: 'Undo', redo: 'Redo' }

function Value({ value, path }: { value: unknown; path: string }) {
  const { text, full } = shortValue(value, path)
  if (text === '') {
    return (
      <Text span c="dimmed" size="sm">
        <span aria-hidden>—</span>
        <VisuallyHidden>none</VisuallyHidden>
      </Text>
    )
  }
  return (
    <Text span size="sm" title={full === text ? undefined : full} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  )
}

interface VersionItemProps {
  version: RecordVersion
  /** The newest version: what the record is now. */
  current: boolean
  canRestore: boolean
  onRestore: () => void
}

/** One version: what happened, who and when, and what changed field by field. */
export function VersionItem({ version, current, canRestore, onRestore }: VersionItemProps) {
  const headingId = `version-${version.seq}`
  const op = OPS[version.op]
  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm" id={headingId}>
          {EFFECTS[version.effect]} by {version.author}, {longWhen(version.at)}
        </Text>
        {op && (
          <Badge size="sm" variant="light" color="grape">
            {op}
          </Badge>
        )}
        {current && (
          <Badge size="sm" variant="light" color="teal">
            Current
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb={6} style={{ overflowWrap: 'anywhere' }}>
        {version.label}
      </Text>
      {version.fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          No field changed.
        </Text>
      ) : (
        <Spoiler maxHeight={170} showLabel="Show every change" hideLabel="Show fewer">
          <Table layout="fixed" verticalSpacing={4} fz="sm" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">Field</Table.Th>
                <Table.Th>Before</Table.Th>
                <Table.Th>After</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.fields.map((field) => (
                <Table.Tr key={field.path}>
                  <Table.Td>{fieldLabel(field.path)}</Table.Td>
                  <Table.Td>
                    <Value value={field.before} path={field.path} />
                  </Table.Td>
                  <Table.Td>
                    <Value value={field.after} path={field.path} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Spoiler>
      )}
      {canRestore && !current && version.effect !== 'deleted' && (
        <Button size="xs" variant="light" mt="xs" onClick={onRestore} aria-describedby={headingId}>
          Restore this version
        </Button>
      )}
    </div>
  )
}
