import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import './styles/fonts.css'
import './styles/layout.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { theme } from './theme'
import { i18n } from './i18n/i18n'
import { LocalizedMantine } from './i18n/LocalizedMantine'

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
    <I18nextProvider i18n={i18n}>
      <LocalizedMantine theme={theme}>
        <Notifications position="bottom-right" className="curator-notifications" />
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </LocalizedMantine>
    </I18nextProvider>
  </StrictMode>,
)
