import { ActionIcon, Code, CopyButton, Group, Table, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportedFile } from '@shared/exchange'
import { fileSize } from '../export-model'

function CopyIcon({ copied }: { copied: boolean }) {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden
    >
      {copied ? (
        <path d="M20 6 9 17l-5-5" />
      ) : (
        <>
          <rect x="9" y="9" width="12" height="12" rx="2" />
          <path d="M5 15V5a2 2 0 0 1 2-2h10" />
        </>
      )}
    </svg>
  )
}

/** A value shown short in monospace, with a button that copies the whole of it. */
export function CopyableCode({ value, shown, what }: { value: string; shown?: string; what: string }) {
  const { t } = useTranslation('exchange')
  return (
    <Group gap={4} wrap="nowrap">
      <Code title={value} style={{ whiteSpace: 'nowrap' }}>
        {shown ?? value}
      </Code>
      <CopyButton value={value}>
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
      <Table verticalSpacing={4} aria-label={t('files.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('files.file')}</Table.Th>
            <Table.Th ta="right">{t('files.size')}</Table.Th>
            <Table.Th>{t('files.sha')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
