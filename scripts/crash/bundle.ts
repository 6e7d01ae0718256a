import { build } from 'esbuild'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

/** Bundles a child script once, so that each of hundreds of lives starts in a fraction of a second. */
export async function bundleChild(entry: string, work: string): Promise<string> {
  const outfile = path.join(work, `${path.basename(entry, '.ts')}.mjs`)
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Aliased: a bundled module may import createRequire itself (geo/borders.ts, via the rules).
    banner: {
      js: "import { createRequire as bannerCreateRequire } from 'node:module'; const require = bannerCreateRequire(import.meta.url);",
    },
  })
  return outfile
}
