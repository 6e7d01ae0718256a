import { defineConfig } from 'vitest/config'
import { pathAliases } from './path-aliases'

export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
