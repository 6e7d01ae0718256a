import { useMemo } from 'react'
import Supercluster from 'supercluster'
import type { SitePoint } from '@shared/domain'
import { visibleBounds, type BaseMap, type View } from './geometry'

/** What a cluster carries: its sites flagged outside their borders, to mark the bubble. */
interface ClusterProperties {
  flagged: number
}

/** A mark on screen: one site, or a bubble standing for several. */
export type Mark =
  | { kind: 'site'; point: SitePoint; sx: number; sy: number }
  | { kind: 'cluster'; id: number; count: number; flagged: number; sx: number; sy: number }

/** Supercluster thinks in Web Mercator tiles of this many pixels; our zoom maps onto its levels. */
const EXTENT = 512
const MAX_CLUSTER_ZOOM = 12

/** The cluster level for a view: the world is `worldWidth * k` pixels wide, as at level log2(width / 512). */
export function clusterZoom(map: BaseMap, k: number): number {
  return Math.max(0, Math.floor(Math.log2((map.worldWidth * k) / EXTENT)))
}

/** The view zoom at which a cluster level starts. */
export function zoomForLevel(map: BaseMap, level: number): number {
  return (EXTENT * 2 ** level) / map.worldWidth
}

/**
 * Clusters the points once per set of points (100,000 load in a fraction of a second), then
 * answers for each view only the marks on screen: a few hundred at most, whatever the dataset.
 * The site being shown (`apartId`, from "Show on map") is left out of the clusters: the map draws
 * it as its own mark, so a curator sees that site and not a bubble that happens to contain it.
 */
export function useClusters(allPoints: SitePoint[], apartId?: string) {
  return useMemo(() => {
    const points = apartId ? allPoints.filter((p) => p.id !== apartId) : allPoints
    const index = new Supercluster<{ i: number; flagged: number }, ClusterProperties>({
      radius: 30,
      extent: EXTENT,
      maxZoom: MAX_CLUSTER_ZOOM,
      map: (p) => ({ flagged: p.flagged }),
      reduce: (into, from) => {
        into.flagged += from.flagged
      },
    })
    index.load(
      points.map((p, i) => ({
        type: 'Feature' as const,
        properties: { i, flagged: p.outsideBorders ? 1 : 0 },
        geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
      })),
    )
    return {
      index,
      /** The sites a cluster stands for. */
      sitesIn(clusterId: number): SitePoint[] {
        return index.getLeaves(clusterId, Infinity).map((leaf) => points[leaf.properties.i] as SitePoint)
      },
      marks(map: BaseMap, view: View): Mark[] {
        const bounds = visibleBounds(map, view)
        const marks: Mark[] = []
        for (const item of index.getClusters(bounds, clusterZoom(map, view.k))) {
          const [lon, lat] = item.geometry.coordinates as [number, number]
          const projected = map.projection([lon, lat])
          if (!projected) continue
          const sx = view.x + view.k * projected[0]
          const sy = view.y + view.k * projected[1]
          if (sx < -40 || sy < -40 || sx > map.width + 40 || sy > map.height + 40) continue
          const props = item.properties as Partial<
            ClusterProperties & { cluster_id: number; point_count: number; i: number }
          >
          if (props.cluster_id !== undefined) {
            marks.push({
              kind: 'cluster',
              id: props.cluster_id,
              count: props.point_count ?? 0,
              flagged: props.flagged ?? 0,
              sx,
              sy,
            })
          } else {
            marks.push({ kind: 'site', point: points[props.i ?? 0] as SitePoint, sx, sy })
          }
        }
        return marks
      },
    }
  }, [allPoints, apartId])
}
