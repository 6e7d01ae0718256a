import { readFile } from 'node:fs/promises'

interface AboutFacts {
  version: string
  electron: string
  chrome: string
  node: string
  /** The licences of the bundled packages (out/licenses.json), or null when it was not generated. */
  packages: { name: string; license: string }[] | null
}

/** How many packages under each licence, most common first. */
export function licenceCounts(packages: { license: string }[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const { license } of packages) counts.set(license, (counts.get(license) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/** The About dialog's text: version, runtime, and a summary of the bundled packages' licences. */
export function aboutText(facts: AboutFacts): { message: string; detail: string } {
  const runtime = `Electron ${facts.electron} · Chromium ${facts.chrome} · Node ${facts.node}`
  const licences = facts.packages
    ? [
        `Built with ${facts.packages.length} open-source packages:`,
        licenceCounts(facts.packages)
          .map(([licence, n]) => `${licence} (${n})`)
          .join(', '),
        '',
        'Show Licences opens the full list with every licence text.',
      ]
    : ['The list of bundled packages is generated when the app is built (npm run build).']
  return {
    message: `Heritage Curator ${facts.version}`,
    detail: [runtime, '', 'Released under the MIT licence.', '', ...licences].join('\n'),
  }
}

/** The packages listed in licenses.json; null when the file is absent or unreadable. */
export async function readBundledPackages(file: string): Promise<AboutFacts['packages']> {
  try {
    const report = JSON.parse(await readFile(file, 'utf8')) as {
      packages: { name: string; license: string }[]
    }
    return Array.isArray(report.packages) ? report.packages : null
  } catch {
    return null
  }
}
