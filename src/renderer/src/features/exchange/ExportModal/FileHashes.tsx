import { ActionIcon, Code, CopyButton, Group, Table, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportedFile } from '@shared/exchange'
import { fileSize } from '../export-model'
import { CopyIcon } from '@renderer/components/Icons/Icons'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

/** A value shown short in monospace, with a button that copies the whole of it. */
export function CopyableCode({ value, shown, what }: { value: string; shown?: string; what: string }) {
  const { t } = useTranslation('exchange')
  return (
    <Group gap={4} wrap="nowrap">
      <Code title={value} style={{ whiteSpace: 'nowrap' }}>
        {shown ?? value}
      </Code>
      {/* "Copied" stays 3 s (Mantine's default is 1 s): long enough to be read, and to be seen on a slow machine. */}
      <CopyButton value={value} timeout={3000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('files.copied') : t('files.copy', { what })} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={t('files.copy', { what })}
            >
              <CopyIcon copied={copied} />
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  )
}

/** The files an export wrote, with size and SHA-256. */
export function FileHashes({ files }: { files: ExportedFile[] }) {
  const { t } = useTranslation('exchange')
  return (
    <Table.ScrollContainer minWidth={480}>
      <SimpleTable
        verticalSpacing={4}
        aria-label={t('files.table')}
        headers={[t('files.file'), { label: t('files.size'), ta: 'right' }, t('files.sha')]}
      >
        {files.map((file) => (
          <Table.Tr key={file.path}>
            <Table.Td ff="monospace" fz="sm">
              {file.path}
            </Table.Td>
            <Table.Td ta="right" fz="sm" style={{ whiteSpace: 'nowrap' }}>
              {fileSize(file.bytes)}
            </Table.Td>
            <Table.Td>
              <CopyableCode
                value={file.sha256}
                shown={`${file.sha256.slice(0, 16)}…`}
                what={t('files.shaOf', { path: file.path })}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
    </Table.ScrollContainer>
  )
}
