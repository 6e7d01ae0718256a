import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuActions, type MenuContext } from './menu'
import { menuLanguage } from './menu-labels'

function actions(): MenuActions {
  return {
    newDataset: vi.fn(),
    openDataset: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    saveDatasetAs: vi.fn(),
    checkForUpdates: vi.fn(),
    automaticUpdates: false,
    setAutomaticUpdates: vi.fn(),
    showAbout: vi.fn(),
    send: vi.fn(),
  }
}

function context(change: Partial<MenuContext> = {}): MenuContext {
  return { platform: 'linux', development: false, language: 'en', colorScheme: 'auto', recent: [], ...change }
}

const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((m) => m.label === label || m.role === label)?.submenu ?? []) as MenuItemConstructorOptions[]
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? '—')
const item = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label)
const click = (entry: MenuItemConstructorOptions | undefined, checked = false) =>
  (entry?.click as (i: { checked: boolean }) => void)({ checked })

describe('the application menu', () => {
  it('sends Edit › Undo and Redo, with their shortcuts, to the window rather than to a text role', () => {
    const a = actions()
    const edit = submenu(menuTemplate(a, context()), 'Edit')
    const undo = item(edit, 'Undo')
    const redo = item(edit, 'Redo')
    expect([undo?.accelerator, redo?.accelerator]).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z'])
    click(undo)
    click(redo)
    expect(a.send).toHaveBeenNthCalledWith(1, { command: 'undo' })
    expect(a.send).toHaveBeenNthCalledWith(2, { command: 'redo' })
  })

  it('has the dataset commands under File, from New Dataset to Close', () => {
    const menu = menuTemplate(actions(), context())
    expect(labels(submenu(menu, 'File'))).toEqual([
      'New Dataset…',
      'Open Dataset…',
      'Open Recent',
      '—',
      'Save As…',
      '—',
      'Import…',
      'Export…',
      '—',
      'Close Window',
      'Quit',
    ])
    expect(labels(submenu(menu, 'Help'))).toEqual([
      'Keyboard Shortcuts',
      '—',
      'Check for Updates…',
      'Check for Updates at Startup',
      '—',
      'About Heritage Curator',
    ])
  })

  it('runs the dataset and update actions, and sends import, export and find to the window', () => {
    const a = actions()
    const menu = menuTemplate(a, context({ platform: 'win32' }))
    const file = submenu(menu, 'File')
    for (const label of ['New Dataset…', 'Open Dataset…', 'Save As…', 'Import…', 'Export…'])
      click(item(file, label))
    click(item(submenu(menu, 'Edit'), 'Find'))
    const help = submenu(menu, 'Help')
    click(item(help, 'Check for Updates…'))
    click(item(help, 'Check for Updates at Startup'), true)
    click(item(help, 'About Heritage Curator'))
    click(item(help, 'Keyboard Shortcuts'))
    expect(a.newDataset).toHaveBeenCalledOnce()
    expect(a.openDataset).toHaveBeenCalledOnce()
    expect(a.saveDatasetAs).toHaveBeenCalledOnce()
    expect(vi.mocked(a.send).mock.calls.map(([command]) => command)).toEqual([
      { command: 'import' },
      { command: 'export' },
      { command: 'find' },
      { command: 'shortcuts' },
    ])
    expect(a.checkForUpdates).toHaveBeenCalled()
    expect(a.setAutomaticUpdates).toHaveBeenCalledWith(true)
    expect(a.showAbout).toHaveBeenCalled()
  })

  it('shows the dataset commands’ shortcuts, and leaves Find and the palette’s keys to the window', () => {
    const menu = menuTemplate(actions(), context())
    const file = submenu(menu, 'File')
    expect(item(file, 'New Dataset…')?.accelerator).toBe('CmdOrCtrl+Shift+N')
    expect(item(file, 'Open Dataset…')?.accelerator).toBe('CmdOrCtrl+O')
    expect(item(file, 'Save As…')?.accelerator).toBe('CmdOrCtrl+Shift+S')
    expect(item(submenu(menu, 'Edit'), 'Find')).toMatchObject({
      accelerator: 'CmdOrCtrl+F',
      registerAccelerator: false,
    })
    expect(item(submenu(menu, 'View'), 'Command Palette…')).toMatchObject({
      accelerator: 'CmdOrCtrl+K',
      registerAccelerator: false,
    })
  })

  it('lists the recent datasets newest first, opens one, and clears the list', () => {
    const a = actions()
    const recent = ['/data/new-one', '/data/older']
    const openRecent = submenu(submenu(menuTemplate(a, context({ recent })), 'File'), 'Open Recent')
    expect(labels(openRecent)).toEqual([
      'new-one — /data/new-one',
      'older — /data/older',
      '—',
      'Clear Recent',
    ])
    click(openRecent[1])
    click(item(openRecent, 'Clear Recent'))
    expect(a.openRecent).toHaveBeenCalledWith('/data/older')
    expect(a.clearRecent).toHaveBeenCalledOnce()
  })

  it('says so when there is no recent dataset', () => {
    const openRecent = submenu(submenu(menuTemplate(actions(), context()), 'File'), 'Open Recent')
    expect(openRecent).toEqual([{ label: 'No Recent Datasets', enabled: false }])
  })

  it('ticks the theme and language in use, and sends the one chosen to the window', () => {
    const a = actions()
    const view = submenu(menuTemplate(a, context({ colorScheme: 'dark', language: 'en' })), 'View')
    const appearance = submenu(view, 'Appearance')
    const language = submenu(view, 'Language')
    expect(appearance.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ])
    expect(language.map((i) => [i.label, i.checked])).toEqual([
      ['English', true],
      ['简体中文', false],
    ])
    click(appearance[1])
    click(language[1])
    expect(a.send).toHaveBeenCalledWith({ command: 'color-scheme', scheme: 'light' })
    expect(a.send).toHaveBeenCalledWith({ command: 'language', language: 'zh-Hans' })
  })

  it('speaks Chinese when the interface does, language names staying in their own script', () => {
    const menu = menuTemplate(actions(), context({ language: 'zh-Hans', recent: ['/d/a'] }))
    expect(labels(menu)).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
    const file = submenu(menu, '文件')
    expect(labels(file).slice(0, 3)).toEqual(['新建数据集…', '打开数据集…', '最近打开'])
    expect(labels(submenu(file, '最近打开')).at(-1)).toBe('清除最近记录')
    expect(labels(submenu(menu, '编辑'))).toContain('撤销')
    const view = submenu(menu, '视图')
    expect(labels(submenu(view, '外观'))).toEqual(['跟随系统', '浅色', '深色'])
    expect(labels(submenu(view, '语言'))).toEqual(['English', '简体中文'])
  })

  it('shows the update opt-in as it stands', () => {
    const menu = menuTemplate({ ...actions(), automaticUpdates: true }, context())
    expect(item(submenu(menu, 'Help'), 'Check for Updates at Startup')).toMatchObject({
      type: 'checkbox',
      checked: true,
    })
  })

  it('puts About and Quit in the app menu on macOS, and developer tools in development only', () => {
    const menu = menuTemplate(actions(), context({ platform: 'darwin', development: true }))
    expect(labels(submenu(menu, 'Heritage Curator'))).toContain('About Heritage Curator')
    expect(labels(submenu(menu, 'File'))).not.toContain('Quit')
    expect(labels(submenu(menu, 'View'))).toContain('Toggle Developer Tools')
    expect(labels(submenu(menuTemplate(actions(), context()), 'View'))).not.toContain(
      'Toggle Developer Tools',
    )
  })
})

describe('the menu’s language', () => {
  it('is the curator’s choice, else Chinese on a Chinese system, else English', () => {
    expect(menuLanguage('en', ['zh-CN'])).toBe('en')
    expect(menuLanguage(undefined, ['zh-TW', 'en-US'])).toBe('zh-Hans')
    expect(menuLanguage(undefined, ['fr-FR'])).toBe('en')
  })
})
