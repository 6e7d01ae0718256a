// The Electron fuses of Heritage Curator's packaged app: read by the afterPack hook that flips
// them (build/after-pack.mjs) and by the unit tests that check them (tests/packaging).
// Fuses are bits in the Electron binary itself: once flipped, no flag, environment variable or
// file on the user's machine can turn the feature back on.

/** Set to 1 for a build that Playwright can drive (it attaches through `--inspect`). Never released. */
export const TEST_BUILD_ENV = 'HC_TEST_BUILD'

/**
 * What a curator installs. Names are @electron/fuses' `FuseV1Options` keys; a fuse not listed
 * keeps Electron's default (GrantFileProtocolExtraPrivileges stays on: the renderer is loaded
 * from file://).
 */
export const RELEASE_FUSES = Object.freeze({
  /** ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node. */
  RunAsNode: false,
  /** Cookies and the rest of Chromium's storage encrypted with an OS-held key. */
  EnableCookieEncryption: true,
  /** NODE_OPTIONS could inject code (`--require`) into main. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** `--inspect` would open a debugger port onto main. */
  EnableNodeCliInspectArguments: false,
  /** app.asar is checked against the hash embedded at build time (macOS, Windows). */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** No loose app/ folder beside app.asar can replace the code. */
  OnlyLoadAppFromAsar: true,
})

/** A test build differs in one fuse only: Playwright's `_electron.launch` needs `--inspect`. */
export const TEST_BUILD_FUSES = Object.freeze({ ...RELEASE_FUSES, EnableNodeCliInspectArguments: true })

export function isTestBuild(env = process.env) {
  return env[TEST_BUILD_ENV] === '1'
}

export function fuseSettings(testBuild) {
  return testBuild ? TEST_BUILD_FUSES : RELEASE_FUSES
}

/**
 * The `flipFuses` config for the settings: `fuseOptions` and `fuseVersion` are @electron/fuses'
 * `FuseV1Options` and `FuseVersion` (passed in, so that this module imports nothing).
 */
export function toFuseConfig(settings, fuseOptions, fuseVersion, resetAdHocDarwinSignature = false) {
  const config = { version: fuseVersion.V1, resetAdHocDarwinSignature }
  for (const [name, enabled] of Object.entries(settings)) {
    const index = fuseOptions[name]
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`)
    config[index] = enabled
  }
  return config
}
