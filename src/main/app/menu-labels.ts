import type { UiLanguage } from '@shared/domain'

// The native menu's words. Main has no i18next: the menu's few labels live here, in the two
// languages the interface speaks, and the menu is rebuilt when the curator switches.

const en = {
  file: 'File',
  newDataset: 'New Dataset…',
  openDataset: 'Open Dataset…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Datasets',
  clearRecent: 'Clear Recent',
  saveAs: 'Save As…',
  import: 'Import…',
  export: 'Export…',
  close: 'Close Window',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  delete: 'Delete',
  selectAll: 'Select All',
  find: 'Find',
  view: 'View',
  palette: 'Command Palette…',
  appearance: 'Appearance',
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  language: 'Language',
  reload: 'Reload',
  devTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  window: 'Window',
  help: 'Help',
  shortcuts: 'Keyboard Shortcuts',
  checkUpdates: 'Check for Updates…',
  updatesAtStartup: 'Check for Updates at Startup',
  about: 'About Heritage Curator',
  services: 'Services',
  hide: 'Hide Heritage Curator',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
}

type MenuLabels = typeof en

const zhHans: MenuLabels = {
  file: '文件',
  newDataset: '新建数据集…',
  openDataset: '打开数据集…',
  openRecent: '最近打开',
  noRecent: '没有最近的数据集',
  clearRecent: '清除最近记录',
  saveAs: '另存为…',
  import: '导入…',
  export: '导出…',
  close: '关闭窗口',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  delete: '删除',
  selectAll: '全选',
  find: '查找',
  view: '视图',
  palette: '命令面板…',
  appearance: '外观',
  system: '跟随系统',
  light: '浅色',
  dark: '深色',
  language: '语言',
  reload: '重新加载',
  devTools: '切换开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '切换全屏',
  window: '窗口',
  help: '帮助',
  shortcuts: '键盘快捷键',
  checkUpdates: '检查更新…',
  updatesAtStartup: '启动时检查更新',
  about: '关于 Heritage Curator',
  services: '服务',
  hide: '隐藏 Heritage Curator',
  hideOthers: '隐藏其他',
  unhide: '全部显示',
}

const LABELS: Record<UiLanguage, MenuLabels> = { en, 'zh-Hans': zhHans }

export function menuLabels(language: UiLanguage): MenuLabels {
  return LABELS[language]
}

/** Each language's name in itself, so that a curator who cannot read the current one finds theirs. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-Hans': '简体中文' }

/** The menu's language: the curator's choice, else the system's when the app speaks it, else English. */
export function menuLanguage(chosen: UiLanguage | undefined, system: readonly string[]): UiLanguage {
  return chosen ?? (system.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh-Hans' : 'en')
}
