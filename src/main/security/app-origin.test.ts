import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../tests/support/temp-dataset'
import { APP_ENTRY_URL, appContentType, isAppOrigin, resolveAppFile } from './app-origin'

describe('the app:// origin', () => {
  it('serves the built renderer’s files, and index.html for the page and its routes', async () => {
    const root = await tempDir()
    await mkdir(path.join(root, 'assets'))
    await writeFile(path.join(root, 'index.html'), '<!doctype html>')
    expect(resolveAppFile(APP_ENTRY_URL, root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://heritage-curator/', root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://heritage-curator/sites', root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://heritage-curator/assets/index-1.js?v=2#x', root)).toBe(
      path.join(root, 'assets/index-1.js'),
    )
    expect(resolveAppFile('app://heritage-curator/assets/%E4%B8%AD.svg', root)).toBe(
      path.join(root, 'assets/中.svg'),
    )
  })

  it('never answers a file outside the renderer folder', async () => {
    const root = path.join(await tempDir(), 'renderer')
    for (const url of [
      'app://heritage-curator/assets/%2E%2E%2F%2E%2E%2Fsecret.json',
      'app://heritage-curator/..%5c..%5csecret.json',
      'app://heritage-curator/assets/..%2f..%2frenderer-old/index.js',
      'app://heritage-curator/index.html%00.png',
      'app://heritage-curator/%',
      'app://other-host/index.html',
      'app://heritage-curator.evil.example/index.html',
      'file:///etc/passwd',
      'https://heritage-curator/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull()
    }
    // The URL parser folds dot segments (plain, or as %2e) before we see them: inside the folder.
    expect(resolveAppFile('app://heritage-curator/../../etc/passwd.txt', root)).toBe(
      path.join(root, 'etc/passwd.txt'),
    )
    expect(resolveAppFile('app://heritage-curator/%2e%2e/%2e%2e/etc/passwd.txt', root)).toBe(
      path.join(root, 'etc/passwd.txt'),
    )
  })

  it('recognises only its own scheme and host as the app', () => {
    expect(isAppOrigin('app://heritage-curator/index.html#/sites')).toBe(true)
    for (const url of [
      'app://heritage-curator:8080/',
      'app://x/',
      'file:///app/index.html',
      'http://heritage-curator/',
    ]) {
      expect(isAppOrigin(url), url).toBe(false)
    }
  })

  it('names the content types the renderer needs, and no others', () => {
    expect(appContentType('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(appContentType('/r/assets/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(appContentType('/r/a.exe')).toBe('application/octet-stream')
  })
})
