const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])'

function pathOf(element: HTMLElement): string {
  return element.dataset.path ?? ''
}

/**
 * The field that shows a JSON pointer: the one marked with that `data-path`, else the nearest
 * field above it (`/criteria` for `/criteria/2`), else the first field below it (`/location/latitude`
 * for `/location`).
 */
export function findField(container: HTMLElement, path: string): HTMLElement | null {
  const fields = [...container.querySelectorAll<HTMLElement>('[data-path]')]
  const exact = fields.find((field) => pathOf(field) === path)
  if (exact) return exact
  const above = fields
    .filter((field) => pathOf(field) !== '' && path.startsWith(`${pathOf(field)}/`))
    .sort((a, b) => pathOf(b).length - pathOf(a).length)[0]
  return above ?? fields.find((field) => pathOf(field).startsWith(`${path}/`)) ?? null
}

/** Scrolls the field of a path into view and puts the focus in its first input; false when none. */
export function focusField(container: HTMLElement, path: string): boolean {
  const field = findField(container, path)
  if (!field) return false
  field.scrollIntoView({ block: 'center' })
  const target = field.matches(FOCUSABLE) ? field : field.querySelector<HTMLElement>(FOCUSABLE)
  target?.focus({ preventScroll: true })
  return true
}
