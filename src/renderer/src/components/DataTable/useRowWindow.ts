import { useLayoutEffect, useState, type RefObject } from 'react'

/** The rows a table renders and the rows a person sees, by index (end before start: none). */
export interface RowWindow {
  /** First and last row rendered (in view, and `overscan` around). */
  start: number
  end: number
  /** First and last row in view, under the sticky header. */
  firstVisible: number
  lastVisible: number
}

/** Where the box is scrolled, in rows: the first row under the header, and how many rows fit. */
interface Scrolled {
  first: number
  fit: number
}

/**
 * Which rows of a table of fixed-height rows to render, from the scroll position alone: row i
 * sits at i × rowHeight below the header, so nothing is measured and nothing is kept per row
 * (a virtualizer's per-row positions cost 100,000 objects each time the count changed). State
 * changes only when the scroll reaches another row, not on every pixel, and a new count (a
 * search) needs no measuring at all: the window is worked out in the render.
 */
export function useRowWindow(
  scroller: RefObject<HTMLDivElement | null>,
  header: RefObject<HTMLElement | null>,
  total: number,
  rowHeight: number,
  overscan: number,
) {
  const [scrolled, setScrolled] = useState<Scrolled>({ first: 0, fit: 0 })

  useLayoutEffect(() => {
    const box = scroller.current
    if (!box) return
    const measure = () => {
      const rowsHeight = Math.max(0, box.clientHeight - (header.current?.offsetHeight ?? 0))
      const first = Math.floor(box.scrollTop / rowHeight)
      const fit = Math.ceil((box.scrollTop + rowsHeight) / rowHeight) - first
      setScrolled((now) => (now.first === first && now.fit === fit ? now : { first, fit }))
    }
    measure()
    box.addEventListener('scroll', measure, { passive: true })
    const resized = new ResizeObserver(measure)
    resized.observe(box)
    return () => {
      box.removeEventListener('scroll', measure)
      resized.disconnect()
    }
  }, [scroller, header, rowHeight])

  const last = total - 1
  const firstVisible = Math.max(0, Math.min(last, scrolled.first))
  const lastVisible = Math.min(last, scrolled.first + scrolled.fit - 1)
  const view: RowWindow = {
    start: Math.max(0, firstVisible - overscan),
    end: Math.min(last, lastVisible + overscan),
    firstVisible,
    lastVisible,
  }

  /** Scrolls the least needed to show row `index` whole, under the header. */
  const scrollToRow = (index: number) => {
    const box = scroller.current
    if (!box) return
    const rowsHeight = box.clientHeight - (header.current?.offsetHeight ?? 0)
    const top = index * rowHeight
    if (top < box.scrollTop) box.scrollTo({ top })
    else if (top + rowHeight > box.scrollTop + rowsHeight) box.scrollTo({ top: top + rowHeight - rowsHeight })
  }

  return { view, scrollToRow }
}
