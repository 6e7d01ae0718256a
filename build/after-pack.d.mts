// Types for build/after-pack.mjs (electron-builder's afterPack hook), for the tests that run it.

export interface AfterPackContextLike {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

export function electronBinaryPath(context: AfterPackContextLike): string
export default function afterPack(context: AfterPackContextLike): Promise<void>
