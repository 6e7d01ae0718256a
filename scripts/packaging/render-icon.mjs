#!/usr/bin/env node
// Renders build/icon.svg, the one source image, to build/icon.png (1024×1024). electron-builder
// derives the Windows .ico, the macOS .icns and the Linux icon sizes from that PNG.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

export const ICON_SIZE = 1024

/** The PNG bytes of an SVG rendered to a square of `size` pixels. */
export function renderIcon(svg, size = ICON_SIZE) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build')
  const png = renderIcon(readFileSync(path.join(buildDir, 'icon.svg')))
  writeFileSync(path.join(buildDir, 'icon.png'), png)
  console.log(`build/icon.png: ${ICON_SIZE}×${ICON_SIZE}, ${png.length} bytes, from build/icon.svg`)
}
