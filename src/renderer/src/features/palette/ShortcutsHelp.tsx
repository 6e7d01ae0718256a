import { Fragment } from 'react'
import { Kbd, Modal, SimpleGrid, Table, Text, Title } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { keyLabel, shortcutGroups, type KeyToken } from './shortcut-list'
import classes from './ShortcutsHelp.module.css'
import type { ParseKeys } from 'i18next'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

interface ShortcutsHelpProps {
  opened: boolean
  onClose: () => void
}

function Keys({ combo, mac }: { combo: KeyToken[]; mac: boolean }) {
  const { t } = useTranslation('shortcuts')
  return (
    <span className={classes.combo}>
      {combo.map((token, index) => {
        const label = keyLabel(token, mac)
        return (
          <Fragment key={token}>
            {index > 0 && ' + '}
            <Kbd size="sm">
              {'named' in label ? t(`keys.${label.named}` as ParseKeys<'shortcuts'>) : label.text}
            </Kbd>
          </Fragment>
        )
      })}
    </span>
  )
}

/** Every shortcut, by where it applies, with this system's key names (⌘ on a Mac, Ctrl elsewhere). */
export function ShortcutsHelp({ opened, onClose }: ShortcutsHelpProps) {
  const { t } = useTranslation('shortcuts')
  const mac = useOs() === 'macos'
  return (
    <Modal opened={opened} onClose={onClose} title={t('title')} size={960}>
      <Text size="sm" c="dimmed" mb="md">
        {t('intro', { palette: mac ? '⌘ + K' : 'Ctrl + K' })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
        {shortcutGroups(mac).map(({ group, items }) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <Title order={3} size="h5" mb={4} id={`shortcuts-${group}`}>
              {t(`groups.${group}`)}
            </Title>
            <SimpleTable
              verticalSpacing={5}
              withRowBorders={false}
              striped
              headClassName={classes.hidden}
              headers={[t('keyColumn'), t('actionColumn')]}
            >
              {items.map(({ item, keys }) => (
                <Table.Tr key={item}>
                  <Table.Td className={classes.keys}>
                    {keys.map((combo, index) => (
                      <Fragment key={combo.join('+')}>
                        {index > 0 && (
                          <Text span size="sm" c="dimmed">
                            {` ${t('or')} `}
                          </Text>
                        )}
                        <Keys combo={combo} mac={mac} />
                      </Fragment>
                    ))}
                  </Table.Td>
                  <Table.Td>{t(`items.${item}` as ParseKeys<'shortcuts'>)}</Table.Td>
                </Table.Tr>
              ))}
            </SimpleTable>
          </section>
        ))}
      </SimpleGrid>
    </Modal>
  )
}
