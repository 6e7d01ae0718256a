// The import aliases for every Vite-based build (electron-vite's main, preload and renderer, the
// CLI bundle, vitest). The same two aliases are `paths` in tsconfig.base.json, which the type
// checker, tsx, esbuild, Playwright and dependency-cruiser read; tests/path-aliases.test.ts
// keeps the two lists equal.
import { resolve } from 'node:path'

export const pathAliases: Record<string, string> = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
}
