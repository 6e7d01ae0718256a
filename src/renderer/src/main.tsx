import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { theme } from './theme'
import { i18n } from './i18n/i18n'

const queryClient = new QueryClient({
  defaultOptions: {
    // Main owns the data and nothing changes it behind the renderer's back: no background refetches.
    queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: false },
  },
})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
)
