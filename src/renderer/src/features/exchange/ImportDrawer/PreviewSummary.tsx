import { Alert, Anchor, Badge, Code, Group, List, Stack, Text } from '@mantine/core'
import type { ImportFormat, ImportPreview } from '../../../../../shared/exchange'

const FORMAT_LABELS: Record<ImportFormat, string> = {
  'unesco-csv': 'UNESCO World Heritage List',
  csv: 'CSV of sites',
  json: 'JSON',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
}

interface PreviewSummaryProps {
  preview: ImportPreview
  /** Present when the columns can be mapped again. */
  onChangeMapping?: () => void
}

/** Which file, read as what, with which mapping, and what it says about the file as a whole. */
export function PreviewSummary({ preview, onChangeMapping }: PreviewSummaryProps) {
  const mapped = preview.mapping?.targets.filter((t) => t !== null).length ?? 0
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Badge variant="light" radius="sm" style={{ flex: 'none' }}>
          {FORMAT_LABELS[preview.format]}
        </Badge>
        <Code
          title={preview.file}
          style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {preview.file}
        </Code>
      </Group>
      {preview.mapping && (
        <Text size="sm" c="dimmed">
          {mapped} of {preview.mapping.headers.length} columns mapped
          {preview.mapping.remembered ? ', as remembered for files with these columns' : ''}.{' '}
          {onChangeMapping && (
            <Anchor component="button" type="button" size="sm" onClick={onChangeMapping}>
              Change the mapping
            </Anchor>
          )}
        </Text>
      )}
      {preview.manifest && (
        <Text size="sm" c="dimmed">
          An export of “{preview.manifest.dataset.name}” made {preview.manifest.exportedAt.slice(0, 10)}:
          records keep their status and timestamps.
        </Text>
      )}
      {preview.warnings.length > 0 && (
        <Alert color="yellow" title="About this file" p="xs">
          <List size="sm" spacing={2}>
            {preview.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  )
}
