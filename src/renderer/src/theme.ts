import { Badge, Modal, Notification, createTheme } from '@mantine/core'

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
    // A close button needs a name for screen readers (and for tests to find it).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
    // Above the record drawers, which stack from 201 up; below dropdowns and tooltips (300).
    Modal: Modal.extend({ defaultProps: { zIndex: 210 } }),
  },
})
