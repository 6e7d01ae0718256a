import { useSyncExternalStore } from 'react'

export type SitesView = 'table' | 'map'

/** A site the map is asked to centre on and mark, from its form or a warning. */
export interface MapTarget {
  /** The site's id when it has one (saved): its own mark is drawn apart from any cluster. */
  id?: string
  name: string
  latitude: number
  longitude: number
}

interface State {
  view: SitesView
  target: MapTarget | null
}

/**
 * How the Sites page shows its sites (table or map) and which site the map should show, kept
 * outside React's tree: a "Show on map" button inside a record drawer can switch the page behind
 * it, and the page remembers its view while the curator visits another section.
 */
let state: State = { view: 'table', target: null }
const listeners = new Set<() => void>()

function update(change: Partial<State>) {
  state = { ...state, ...change }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The Sites page's view and its setter. */
export function useSitesView(): [SitesView, (view: SitesView) => void] {
  const view = useSyncExternalStore(subscribe, () => state.view)
  return [view, (next) => update({ view: next })]
}

/** The site the map should centre on, if any, and a way to let it go. */
export function useMapTarget(): [MapTarget | null, () => void] {
  const target = useSyncExternalStore(subscribe, () => state.target)
  return [target, () => update({ target: null })]
}

/** Switches the Sites page to its map, centred on this site's point. */
export function showOnMap(target: MapTarget): void {
  update({ view: 'map', target })
}
