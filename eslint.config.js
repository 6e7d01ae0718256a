// Flat config. The boundary rules keep the layers honest: domain code in main never imports
// electron, the renderer never imports main or Node, and src/shared imports nothing platform-specific.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import i18next from 'eslint-plugin-i18next'

const noElectron = {
  name: 'electron',
  message: 'Domain code is plain Node: inject what you need from electron.',
}
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto']
/** `@renderer/*` (tsconfig.base.json) is the renderer's own alias: no other process imports it. */
const noRendererAlias = {
  group: ['@renderer', '@renderer/**'],
  message: 'Only the renderer imports @renderer/*: move what both sides need into src/shared.',
}

/** The Electron shell: the only files of main that may import electron at run time. */
const ELECTRON_SHELL = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/app/app-protocol.ts',
  'src/main/app/native-chrome.ts',
  'src/main/app/dialogs.ts',
  // safeStorage: the team's https tokens (the vault itself is plain Node: services/team/token-vault.ts).
  'src/main/app/team-tokens.ts',
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-test/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (an unawaited save, an
    // expect(...).resolves that never runs), and an async handler where a void callback is
    // expected swallows its rejection.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Main and the CLI are plain Node: only the shell files below may import electron at run
    // time; elsewhere, electron's types alone (a type import is erased from the build).
    files: ['src/main/**', 'src/cli/**'],
    ignores: ELECTRON_SHELL,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ ...noElectron, allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['src/main/**', 'src/cli/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRendererAlias] }] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'react'],
          patterns: [{ group: nodeBuiltins, message: 'src/shared runs in every process.' }, noRendererAlias],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer talks to main only through window.api.',
            },
            { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node.' },
          ],
        },
      ],
    },
  },
  {
    // Every word the curator reads goes through react-i18next (English and Chinese).
    files: ['src/renderer/src/**/*.tsx'],
    ignores: [],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    // Words built in hooks, models and notifications (.ts) go through i18n too: a title, message,
    // description or placeholder written as an English sentence is refused. An issue's message
    // beside its `rule` is main's English fallback: the renderer says it from the rule.
    files: ['src/renderer/src/**/*.ts'],
    ignores: ['src/renderer/src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal', 'TemplateLiteral > TemplateElement'].map((node) => ({
          selector: `ObjectExpression:not(:has(> Property[key.name='rule'])) > Property[key.name=/^(title|message|description|placeholder)$/] > ${node}[${node === 'Literal' ? 'value' : 'value.raw'}=/[A-Za-z]+ [a-z]+/]`,
          message: 'A string the curator reads: say it with t() (locales en and zh-Hans).',
        })),
      ],
    },
  },
)
