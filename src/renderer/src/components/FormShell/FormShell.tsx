import type { ReactNode } from 'react'
import { Stack } from '@mantine/core'
import classes from './FormShell.module.css'

interface FormShellProps {
  onSave: () => void
  /** The fields, stacked. */
  children: ReactNode
  /** The action bar, kept at the foot of the drawer. */
  actions: ReactNode
}

/** A record form filling the drawer: fields on top, actions at the bottom even when the form is short. */
export function FormShell({ onSave, children, actions }: FormShellProps) {
  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
    >
      <Stack gap="md" pb="lg">
        {children}
      </Stack>
      {actions}
    </form>
  )
}
