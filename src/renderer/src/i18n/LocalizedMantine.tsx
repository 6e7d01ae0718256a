import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { Drawer, MantineProvider, Modal, Notification, Pagination, mergeThemeOverrides } from '@mantine/core'
import type { MantineThemeOverride } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * Mantine's own controls have no words of their own, or English ones: the close buttons of
 * modals, drawers and notifications, and Pagination's arrows get names in the interface language
 * here, for every instance at once.
 */
export function LocalizedMantine({ theme, children }: { theme: MantineThemeOverride; children: ReactNode }) {
  const { t, i18n } = useTranslation('common')
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: Notification.extend({
            defaultProps: { closeButtonProps: { 'aria-label': t('mantine.dismiss') } },
          }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } } }),
          Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } } }),
          Pagination: Pagination.extend({
            defaultProps: {
              getControlProps: (control: 'first' | 'previous' | 'next' | 'last') => ({
                'aria-label': t(`mantine.page.${control}`),
              }),
              getItemProps: (page: number) => ({ 'aria-label': t('mantine.page.number', { page }) }),
            },
          }),
        },
      }),
    // The language is what changes the words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [theme, t, i18n.language],
  )
  return (
    <MantineProvider theme={localized} defaultColorScheme="auto">
      {children}
    </MantineProvider>
  )
}
