// Bundles the command-line tool into out/cli/index.js (`npm run build:cli`): our code and the
// JSON schemas go in, npm dependencies stay external (they are `dependencies`, installed with it).
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { pathAliases } from '../../path-aliases.js'

const root = resolve(import.meta.dirname, '../..')

export default defineConfig({
  root,
  resolve: { alias: pathAliases },
  build: {
    ssr: resolve(root, 'src/cli/index.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'index.js' } },
  },
})
