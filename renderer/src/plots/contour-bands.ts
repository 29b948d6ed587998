// The contour map's heavy part as one pure function: sample f on an nx × ny grid, choose the levels, trace the
// filled bands (d3-contour's marching squares) and the region where f is undefined, as SVG path strings. The
// page runs it in a worker (contour.worker.ts) when it can, else on the main thread; the result is the same.
import { contours } from "d3-contour";
import { contourThresholds, multiPolygonPath, type LevelMode } from "./contour";
import { contourColor } from "./palette";
import { sampleGrid } from "./sample";

export interface BandsRequest {
  x: [number, number];
  y: [number, number];
  nx: number;
  ny: number;
  levelCount: number;
  levels: LevelMode;
  floorF: number | undefined;
  /** The plot area in px: where the grid's cells land. */
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Bands {
  bands: { d: string; fill: string }[];
  /** Where f is undefined (log of a negative, division by zero), as one path; "" when f is defined everywhere. */
  undefinedArea: string;
}

export function contourBands(f: (x: number, y: number) => number | null, r: BandsRequest): Bands {
  const grid = sampleGrid(f, r.x, r.y, r.nx, r.ny);
  return traceBands(grid, contourThresholds(grid, r.levelCount, r.levels, r.floorF), r);
}

/** A sampled grid's bands between the thresholds and its undefined region, as paths over the plot area. */
export function traceBands(
  grid: ArrayLike<number>,
  thresholds: number[],
  r: Pick<BandsRequest, "nx" | "ny" | "left" | "top" | "width" | "height">,
): Bands {
  const { nx, ny } = r;
  const cellW = r.width / nx;
  const cellH = r.height / ny;
  const n = Math.max(1, thresholds.length);
  const bands = contours()
    .size([nx, ny])
    .thresholds(thresholds)(grid as unknown as number[])
    .map((c, i) => ({
      d: multiPolygonPath(c.coordinates, cellW, cellH, r.left, r.top),
      fill: contourColor((i + 1) / n),
    }));
  let any = false;
  const mask = new Array<number>(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const missing = Number.isNaN(grid[i]!);
    mask[i] = missing ? 1 : 0;
    any ||= missing;
  }
  let undefinedArea = "";
  if (any) {
    const [c] = contours().size([nx, ny]).thresholds([0.5])(mask);
    if (c) undefinedArea = multiPolygonPath(c.coordinates, cellW, cellH, r.left, r.top);
  }
  return { bands, undefinedArea };
}

/** How long a newer map waits for the busy contour worker before the worker is stopped and started afresh: a full
 *  map takes tens of milliseconds (a wavy one a few hundred), a fresh worker a module load and a cold JIT, and a
 *  zoom or a new start often asks for the map again while the last one is being traced. */
export const CONTOUR_PATIENCE_MS = 300;

/** How long a new function's full map waits for its inputs to settle (calculus's minima and gradient descent's runs
 *  decide the region and the lowest level): asked before, the map is traced twice, and the first tracing competes
 *  with the calculus worker for the machine's cores. A calculus that takes longer than this does not hold it up. */
export const CONTOUR_SETTLE_MS = 400;
