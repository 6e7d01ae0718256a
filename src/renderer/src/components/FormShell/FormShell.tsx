import { useEffect, useRef } from 'react'
import type { ReactNode, RefObject } from 'react'
import { Fieldset, Stack } from '@mantine/core'
import { useRecordLevel } from '@renderer/hooks/useNavigation'
import { findField, focusField } from '@renderer/lib/focus-field'
import type { FormIssues } from '../FieldIssues/form-issues'
import { FormIssuesContext } from '../FieldIssues/form-issues'
import { handleFormKeys } from './form-keys'
import classes from './FormShell.module.css'

interface FormShellProps {
  onSave: () => void
  /** The dataset cannot be changed: every field is disabled. */
  readOnly?: boolean
  /** The form's issues, which its fields show under themselves. */
  issues: FormIssues
  /** The fields, stacked. */
  children: ReactNode
  /** The action bar, kept at the foot of the drawer. */
  actions: ReactNode
}

/** Focuses the field the drawer was opened for (a problem's field), once the drawer has settled. */
function useFocusOnOpen(form: RefObject<HTMLFormElement | null>) {
  const focus = useRecordLevel()?.focus
  useEffect(() => {
    if (focus === undefined) return undefined
    // After the drawer's focus trap (which focuses its first control) and its opening transition.
    const timers = [60, 320].map((delay) =>
      window.setTimeout(() => {
        const node = form.current
        const field = node ? findField(node, focus) : null
        if (node && field && !field.contains(document.activeElement)) focusField(node, focus)
      }, delay),
    )
    return () => timers.forEach((timer) => window.clearTimeout(timer))
  }, [focus, form])
}

/** A record form filling the drawer: fields on top, actions at the bottom even when the form is short. */
export function FormShell({ onSave, readOnly = false, issues, children, actions }: FormShellProps) {
  const form = useRef<HTMLFormElement>(null)
  useFocusOnOpen(form)
  return (
    <FormIssuesContext value={issues}>
      <form
        ref={form}
        noValidate
        onKeyDown={handleFormKeys}
        // Leaving a field (focus moves out of its wrapper) lets its errors show: see useRecordForm.
        onBlur={(event) => {
          const wrapper = event.target.closest('[data-path]')
          const path = wrapper?.getAttribute('data-path')
          if (path && !wrapper?.contains(event.relatedTarget as Node | null)) issues.touch?.(path)
        }}
        className={classes.form}
        onSubmit={(event) => {
          event.preventDefault()
          onSave()
        }}
      >
        <Fieldset variant="unstyled" disabled={readOnly} className={classes.fields}>
          <Stack gap="md" pb="lg">
            {children}
          </Stack>
        </Fieldset>
        {actions}
      </form>
    </FormIssuesContext>
  )
}
