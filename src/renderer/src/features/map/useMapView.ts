import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react'
import { clampView, HOME, zoomAround, type View } from './geometry'

const STEP = 1.6
const PAN = 80

/**
 * Zoom and pan of the map: the wheel zooms around the pointer, a drag pans, the keyboard does
 * both (arrows, + and −, 0 for the whole world). A drag that moved is not a click on a point.
 */
export function useMapView(width: number, height: number) {
  const [view, setViewNow] = useState<View>(HOME)
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null)
  const dragged = useRef(false)

  const setView = useCallback(
    (next: View | ((current: View) => View)) =>
      setViewNow((current) => clampView(typeof next === 'function' ? next(current) : next, width, height)),
    [width, height],
  )

  const zoomBy = (factor: number) => setView((v) => zoomAround(v, factor, width / 2, height / 2))

  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002))
    setView((v) => zoomAround(v, factor, event.clientX - box.left, event.clientY - box.top))
  }

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return
    drag.current = { x: event.clientX, y: event.clientY, view, moved: false }
    dragged.current = false
  }

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    if (!start) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    if (!start.moved && Math.hypot(dx, dy) < 4) return
    if (!start.moved) event.currentTarget.setPointerCapture(event.pointerId)
    start.moved = true
    dragged.current = true
    setView({ ...start.view, x: start.view.x + dx, y: start.view.y + dy })
  }

  const onPointerUp = () => {
    drag.current = null
  }

  const onKeyDown = (event: KeyboardEvent<Element>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN, 0],
      ArrowRight: [-PAN, 0],
      ArrowUp: [0, PAN],
      ArrowDown: [0, -PAN],
    }
    const move = moves[event.key]
    if (move) setView((v) => ({ ...v, x: v.x + move[0], y: v.y + move[1] }))
    else if (event.key === '+' || event.key === '=') zoomBy(STEP)
    else if (event.key === '-' || event.key === '_') zoomBy(1 / STEP)
    else if (event.key === '0') setView(HOME)
    else return
    event.preventDefault()
  }

  return {
    view,
    setView,
    zoomIn: () => zoomBy(STEP),
    zoomOut: () => zoomBy(1 / STEP),
    /** True when the last press on the map became a drag: the click that ends it opens nothing. */
    wasDrag: () => dragged.current,
    handlers: { onWheel, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
    onKeyDown,
  }
}
