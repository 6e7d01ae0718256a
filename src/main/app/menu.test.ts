import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuActions } from './menu'

function actions(): MenuActions {
  return {
    openDataset: vi.fn(),
    saveDatasetAs: vi.fn(),
    checkForUpdates: vi.fn(),
    automaticUpdates: false,
    setAutomaticUpdates: vi.fn(),
    showAbout: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
  }
}

const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((m) => m.label === label || m.role === label)?.submenu ?? []) as MenuItemConstructorOptions[]
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? '—')
const click = (item: MenuItemConstructorOptions | undefined, checked = false) =>
  (item?.click as (i: { checked: boolean }) => void)({ checked })

describe('the application menu', () => {
  it('sends Edit › Undo and Redo, with their shortcuts, to the window rather than to a text role', () => {
    const a = actions()
    const edit = submenu(menuTemplate(a, { platform: 'linux', development: false }), 'Edit')
    const undo = edit.find((i) => i.label === 'Undo')
    const redo = edit.find((i) => i.label === 'Redo')
    expect([undo?.accelerator, redo?.accelerator]).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z'])
    click(undo)
    click(redo)
    expect(a.undo).toHaveBeenCalledOnce()
    expect(a.redo).toHaveBeenCalledOnce()
  })

  it('has File, Edit, View and Help, with the dataset commands under File', () => {
    const menu = menuTemplate(actions(), { platform: 'linux', development: false })
    expect(labels(submenu(menu, 'File'))).toEqual(['Open Dataset…', 'Save As…', '—', 'close', 'quit'])
    expect(labels(submenu(menu, 'Edit'))).toContain('Undo')
    expect(labels(submenu(menu, 'View'))).not.toContain('toggleDevTools')
    expect(labels(submenu(menu, 'help'))).toEqual([
      'Check for Updates…',
      'Check for Updates at Startup',
      '—',
      'About Heritage Curator',
    ])
  })

  it('runs the actions', () => {
    const a = actions()
    const menu = menuTemplate(a, { platform: 'win32', development: false })
    const [open, saveAs] = submenu(menu, 'File')
    const [check, automatic, , about] = submenu(menu, 'help')
    click(open)
    click(saveAs)
    click(check)
    click(automatic, true)
    click(about)
    expect(a.openDataset).toHaveBeenCalled()
    expect(a.saveDatasetAs).toHaveBeenCalled()
    expect(a.checkForUpdates).toHaveBeenCalled()
    expect(a.setAutomaticUpdates).toHaveBeenCalledWith(true)
    expect(a.showAbout).toHaveBeenCalled()
  })

  it('shows the update opt-in as it stands', () => {
    const menu = menuTemplate(
      { ...actions(), automaticUpdates: true },
      { platform: 'linux', development: false },
    )
    expect(submenu(menu, 'help')[1]).toMatchObject({ type: 'checkbox', checked: true })
  })

  it('puts About and Quit in the app menu on macOS, and developer tools in development only', () => {
    const menu = menuTemplate(actions(), { platform: 'darwin', development: true })
    expect(labels(submenu(menu, 'Heritage Curator'))).toContain('About Heritage Curator')
    expect(labels(submenu(menu, 'File'))).not.toContain('quit')
    expect(labels(submenu(menu, 'View'))).toContain('toggleDevTools')
  })
})
