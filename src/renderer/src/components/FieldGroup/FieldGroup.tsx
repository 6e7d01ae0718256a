import { useId } from 'react'
import type { ReactNode } from 'react'
import { Input } from '@mantine/core'

/** The attributes that give a group of controls its name and its error. */
export interface GroupA11yProps {
  'aria-labelledby': string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
}

interface FieldGroupProps {
  label: string
  description?: ReactNode
  error?: ReactNode
  /** Wraps the controls: the issues other than errors are listed under them. */
  inputContainer?: (children: ReactNode) => ReactNode
  /** `data-path`, so that the Problems panel finds the group. */
  wrapperProps?: Record<string, string>
  /** A required group: an asterisk after its label. */
  withAsterisk?: boolean
  /** Renders the controls; spread the props on the element that holds them (role group or radiogroup). */
  children: (a11y: GroupA11yProps) => ReactNode
}

/** A visible label and an error for controls that are not one input: chips, segmented controls. */
export function FieldGroup(props: FieldGroupProps) {
  const { label, description, error, inputContainer, wrapperProps, withAsterisk, children } = props
  const id = useId()
  const describedBy = error ? `${id}-error` : undefined
  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={error}
      withAsterisk={withAsterisk}
      labelElement="div"
      labelProps={{ id: `${id}-label` }}
      errorProps={{ id: `${id}-error` }}
      inputContainer={inputContainer}
      {...wrapperProps}
    >
      <div style={{ marginTop: 4 }}>
        {children({
          'aria-labelledby': `${id}-label`,
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
        })}
      </div>
    </Input.Wrapper>
  )
}
