import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from './external-url'
import {
  createNavigationGuard,
  createWindowOpenHandler,
  denyAllPermissions,
  isTrustedSender,
  mainWindowOptions,
} from './hardening'

describe('window defaults', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {}

  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    })
  })

  it('keeps web security on and insecure content off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    })
  })

  it('loads the bundled CommonJS preload, which a sandboxed renderer can run', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })
})

describe('window.open and navigation', () => {
  it('denies every new window and sends only http(s) links to the system browser', () => {
    const opened: string[] = []
    const handler = createWindowOpenHandler((url) => opened.push(url))
    for (const url of [
      'https://whc.unesco.org/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://x.org/a',
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual(['https://whc.unesco.org/', 'http://x.org/a'])
  })

  it('blocks navigation away from the app', () => {
    const opened: string[] = []
    const guard = createNavigationGuard((url) => opened.push(url))
    let prevented = 0
    const event = { preventDefault: () => void (prevented += 1) }
    guard(event, 'file:///home/curator/evil.html')
    guard(event, 'https://example.org/')
    expect(prevented).toBe(2)
    expect(opened).toEqual(['https://example.org/'])
  })

  it('denies every permission request', () => {
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      denyAllPermissions(null, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false])
  })

  it('recognises only well-formed http(s) URLs as safe to open', () => {
    expect(isSafeExternalUrl('https://whc.unesco.org/en/list/')).toBe(true)
    for (const url of [
      'ftp://x.org',
      'mailto:a@b.c',
      'https://',
      'not a url',
      'vbscript:x',
      'file:///C:/x',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})

describe('IPC sender check', () => {
  const appFile = 'app://heritage-curator/index.html'

  it('answers the top frame of our own page', () => {
    expect(isTrustedSender({ url: appFile, parent: null }, appFile)).toBe(true)
    expect(isTrustedSender({ url: 'app://heritage-curator/#/sites', parent: null }, appFile)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/#x', parent: null }, 'http://localhost:5173/')).toBe(
      true,
    )
  })

  it('refuses subframes, other pages, other origins and vanished frames', () => {
    expect(isTrustedSender({ url: appFile, parent: {} }, appFile)).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, appFile)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:6000/', parent: null }, 'http://localhost:5173/')).toBe(
      false,
    )
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, appFile)).toBe(false)
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null }, appFile)).toBe(false)
    expect(isTrustedSender(null, appFile)).toBe(false)
  })

  it('never answers file:// pages, even the app’s own built file', () => {
    const built = 'file:///opt/hc/resources/app.asar/out/renderer/index.html'
    expect(isTrustedSender({ url: built, parent: null }, appFile)).toBe(false)
    expect(isTrustedSender({ url: built, parent: null }, built)).toBe(false)
  })
})

describe('content security policy', () => {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8')
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  )

  it('is declared in index.html', () => {
    expect(policy).not.toBe('')
  })

  it('allows scripts from the app only: no eval, no inline script, no remote code', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(policy).not.toContain('unsafe-eval')
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
  })

  it('connects nowhere but the app itself', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(policy).not.toMatch(/https?:\/\//)
  })
})
