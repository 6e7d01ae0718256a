// electron-builder afterPack hook: flips the fuses (build/fuses.mjs) in the packed Electron binary,
// reads them back, and refuses a test build where a release is being made. It runs after the app
// is packed and before it is signed, so the signature covers the flipped binary.
import path from 'node:path'
import electronFuses from '@electron/fuses'
import { fuseSettings, isTestBuild, TEST_BUILD_ENV, toFuseConfig } from './fuses.mjs'

const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = electronFuses
const ENABLED = 49 // FuseState.ENABLE, the byte '1'
const ARM64 = 3 // electron-builder's Arch.arm64

/** The file @electron/fuses edits: the .app bundle on macOS, the executable elsewhere. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`)
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`)
  return path.join(appOutDir, packager.executableName)
}

export default async function afterPack(context) {
  const testBuild = isTestBuild()
  if (testBuild && process.env.GITHUB_REF?.startsWith('refs/tags/')) {
    throw new Error(`${TEST_BUILD_ENV}=1 on a tag build: a test build (inspect fuse on) is never released.`)
  }
  const settings = fuseSettings(testBuild)
  const binary = electronBinaryPath(context)
  // Flipping edits the binary, which voids the ad-hoc signature Apple silicon requires: re-sign ad hoc.
  const resetAdHoc = context.electronPlatformName === 'darwin' && context.arch === ARM64
  await flipFuses(binary, toFuseConfig(settings, FuseV1Options, FuseVersion, resetAdHoc))

  const wire = await getCurrentFuseWire(binary)
  for (const [name, enabled] of Object.entries(settings)) {
    if ((wire[FuseV1Options[name]] === ENABLED) !== enabled) {
      throw new Error(`Fuse ${name} is not ${enabled ? 'on' : 'off'} in ${binary} after flipping.`)
    }
  }
  const summary = Object.entries(settings).map(([name, on]) => `${name}=${on ? 'on' : 'off'}`)
  console.log(`  • fuses (${testBuild ? 'TEST build' : 'release'}): ${summary.join(', ')}`)
}
