import type { KeyboardEvent } from 'react'
import classes from './ListPage.module.css'

/** Makes a table row open its record on click, Enter or Space, and reachable with Tab. */
export function openableRow(onOpen: () => void) {
  return {
    tabIndex: 0,
    className: classes.row,
    onClick: onOpen,
    onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.target !== event.currentTarget) return
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        onOpen()
      }
    },
  }
}

export const wrapClass = classes.wrap
