import { Badge, Modal, createTheme } from '@mantine/core'

/**
 * The font stack follows the interface language: styles/fonts.css defines `--curator-font` (the
 * bundled Latin face first in English, the CJK faces first for Han text in Chinese).
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: 'var(--curator-font)',
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
