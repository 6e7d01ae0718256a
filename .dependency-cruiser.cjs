// The import graph's rules, checked by `npm run lint` (dependency-cruiser reads the whole graph in
// one pass, so it catches what ESLint's per-file rules cannot: cycles, and a folder importing one
// it must not). The layers are drawn in README.md, "Layout".

/**
 * What each folder of src/main may import besides itself and src/shared (and npm packages, Node):
 * a folder lower in this list never imports one higher up, so no two folders can import each
 * other. src/main/services composes everything (all but app/); app/ and the top-level files are
 * the Electron shell.
 */
const MAY_IMPORT = {
  geo: [],
  security: [],
  validation: ['geo'],
  dataset: ['validation', 'geo'],
  query: ['dataset', 'validation', 'geo'],
  records: ['dataset', 'validation', 'geo'],
  exchange: ['records', 'query', 'dataset', 'validation', 'geo'],
  duplicates: ['records', 'query', 'dataset', 'validation', 'geo'],
  team: ['records', 'query', 'dataset', 'validation', 'geo'],
  ipc: ['security', 'dataset', 'validation', 'geo'],
}

const folderRules = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
  name: `main-${folder}-layer`,
  comment: `src/main/${folder} may import only ${[folder, ...allowed].join(', ')} of src/main (see MAY_IMPORT).`,
  severity: 'error',
  from: { path: `^src/main/${folder}/` },
  to: { path: '^src/main/', pathNot: `^src/main/(${[folder, ...allowed].join('|')})/` },
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle (type-only imports count too): move what both files need into a third.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...folderRules,
    {
      name: 'main-services-not-app',
      comment: 'services is plain Node, composed by the Electron shell (app/, index.ts), never the reverse.',
      severity: 'error',
      from: { path: '^src/main/services/' },
      to: { path: '^src/main/(app/|[^/]+\\.ts$)' },
    },
    {
      name: 'cli-not-shell',
      comment: 'The command-line tool runs without Electron: never the shell, the IPC door or the window.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/main/(app|ipc|security)/|^src/main/[^/]+\\.ts$' },
    },
  ],
  options: {
    // Type-only imports are edges too: a cycle of types still ties the files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    doNotFollow: { path: 'node_modules' },
    // Tests may reach across folders (a test of the dataset builds services around it).
    exclude: { path: '\\.test\\.tsx?$' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
}
