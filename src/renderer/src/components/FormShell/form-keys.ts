import type { KeyboardEvent } from 'react'

/** Inputs that hold one line: Enter there would submit half a form, so it moves on instead. */
const SINGLE_LINE = new Set(['text', 'search', 'url', 'tel', 'email', 'number', ''])
const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])'

function reachable(element: HTMLElement): boolean {
  if (element.matches(':disabled') || element.tabIndex < 0 || element.getClientRects().length === 0)
    return false
  // A radio group is one stop, at its chosen radio (as Tab goes).
  return !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked)
}

/** The field after `from` in the form, skipping buttons; past the last field, the Save button. */
export function nextField(form: HTMLFormElement, from: HTMLElement): HTMLElement | null {
  const all = [...form.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(reachable)
  const after = all.slice(all.indexOf(from) + 1)
  return (
    after.find((element) => !(element instanceof HTMLButtonElement)) ??
    form.querySelector<HTMLElement>('button[type="submit"]:not(:disabled)')
  )
}

/**
 * The form's keys: Ctrl/Cmd+Enter saves from anywhere in it; Enter in a one-line field moves to
 * the next field rather than saving a half-filled form. Fields that use Enter themselves (a tag
 * input adding its tag, an open list choosing an option, Chinese input confirming a word) keep it.
 */
export function handleFormKeys(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.altKey || event.nativeEvent.isComposing || event.defaultPrevented) return
  const form = event.currentTarget
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault()
    form.requestSubmit()
    return
  }
  const target = event.target
  if (event.shiftKey || !(target instanceof HTMLInputElement) || !SINGLE_LINE.has(target.type)) return
  if (target.hasAttribute('aria-haspopup') || target.getAttribute('aria-expanded') === 'true') return
  event.preventDefault()
  nextField(form, target)?.focus()
}
