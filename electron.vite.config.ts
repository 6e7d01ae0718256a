import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { pathAliases } from './path-aliases'

const resolveAliases = { alias: pathAliases }

export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: {
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      // A sandboxed preload cannot load ES modules or require anything but electron:
      // bundle it, dependencies included, into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: resolveAliases,
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
    plugins: [
      react(),
      {
        // The dev server injects React Refresh's inline preamble and talks over a websocket;
        // the strict CSP stays untouched in every build.
        name: 'dev-server-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) =>
          html
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
      },
    ],
  },
})
