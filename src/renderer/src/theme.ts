import { Badge, Modal, createTheme } from '@mantine/core'

/** System fonts only (no remote fonts under the CSP); CJK falls back to the OS's own faces. */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // A badge in a table cell must not shrink to an ellipsis ("CULTU…") when the table is tight.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    // Close buttons get their names in the interface language: see i18n/LocalizedMantine.
    // Above the record drawers, which stack from 201 up; below dropdowns and tooltips (300).
    Modal: Modal.extend({ defaultProps: { zIndex: 210 } }),
  },
})
