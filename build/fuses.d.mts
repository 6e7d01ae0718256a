// Types for build/fuses.mjs, which electron-builder's hook loads as plain JavaScript.

export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'

export type FuseSettings = Readonly<Record<FuseName, boolean>>

export const TEST_BUILD_ENV: 'HC_TEST_BUILD'
export const RELEASE_FUSES: FuseSettings
export const TEST_BUILD_FUSES: FuseSettings
export function isTestBuild(env?: Record<string, string | undefined>): boolean
export function fuseSettings(testBuild: boolean): FuseSettings
export function toFuseConfig(
  settings: FuseSettings,
  fuseOptions: Record<string, unknown>,
  fuseVersion: { V1: string },
  resetAdHocDarwinSignature?: boolean,
): { version: string; resetAdHocDarwinSignature: boolean } & Record<number, boolean>
