import { Alert, Anchor, Badge, Code, Group, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportPreview } from '@shared/exchange'
import { NotImported } from './NotImported'

interface PreviewSummaryProps {
  preview: ImportPreview
  /** Present when the columns can be mapped again. */
  onChangeMapping?: () => void
}

/** Which file, read as what, with which mapping. */
export function PreviewSummary({ preview, onChangeMapping }: PreviewSummaryProps) {
  const { t } = useTranslation('exchange')
  const mapped = preview.mapping?.targets.filter((t) => t !== null).length ?? 0
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Badge variant="light" radius="sm" style={{ flex: 'none' }}>
          {t(`importer.format.${preview.format}`)}
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
          {t(preview.mapping.remembered ? 'importer.mappedRemembered' : 'importer.mapped', {
            mapped,
            total: preview.mapping.headers.length,
          })}{' '}
          {onChangeMapping && (
            <Anchor component="button" type="button" size="sm" onClick={onChangeMapping}>
              {t('importer.changeMapping')}
            </Anchor>
          )}
        </Text>
      )}
      {preview.manifest && (
        <Text size="sm" c="dimmed">
          {t('importer.exportOf', {
            name: preview.manifest.dataset.name,
            date: preview.manifest.exportedAt.slice(0, 10),
          })}
        </Text>
      )}
    </Stack>
  )
}

/** What the file carries that is not imported, and what the import says about the file as a whole. */
export function FileNotes({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('exchange')
  return (
    <>
      <NotImported preview={preview} />
      {preview.warnings.length > 0 && (
        <Alert color="yellow" title={t('importer.aboutFile')} p="xs">
          <List size="sm" spacing={2}>
            {preview.warnings.map((note) => (
              <List.Item key={note.code}>
                {t(`importer.fileNote.${note.code}`, { ...note.params, defaultValue: note.message })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  )
}
