// Level choice and path strings for the contour map (d3-contour does the marching squares).
import { quantileSorted } from "./range";

export type LevelMode = "auto" | "log" | "quantile" | "linear";

/**
 * Thresholds for the contour bands, strictly increasing, inside (min, max] of the finite values.
 * - log: geometric in f − min over four decades — Rosenbrock's and Himmelblau's narrow valleys need levels near the
 *   floor, which equal steps would lump into one band;
 * - quantile: each band covers about the same area — good for a bowl or a saddle, where f − min is not skewed;
 * - auto: log when the median sits in the bottom fifth of the 5 %–95 % spread above the minimum, else quantile.
 * `floor` lowers the minimum to a known f* when the grid misses the exact minimum.
 */
export function contourThresholds(
  values: ArrayLike<number>,
  count = 20,
  mode: LevelMode = "auto",
  floor?: number,
): number[] {
  const sorted = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (sorted.length === 0 || count < 1) return [];
  let lo = sorted[0]!;
  if (floor !== undefined && Number.isFinite(floor) && floor < lo) lo = floor;
  const hi = sorted[sorted.length - 1]!;
  if (!(hi > lo)) return [];
  if (mode === "auto") {
    const median = quantileSorted(sorted, 0.5);
    const q95 = quantileSorted(sorted, 0.95);
    mode = q95 > lo && (median - lo) / (q95 - lo) < 0.2 ? "log" : "quantile";
  }
  let levels: number[];
  switch (mode) {
    case "log": {
      const decades = 4;
      levels = Array.from(
        { length: count },
        (_, i) => lo + (hi - lo) * 10 ** (-decades + (decades * i) / count),
      );
      break;
    }
    case "quantile":
      levels = Array.from({ length: count }, (_, i) => quantileSorted(sorted, (i + 0.5) / count));
      break;
    case "linear":
      levels = Array.from({ length: count }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / count);
      break;
  }
  const out: number[] = [];
  for (const t of levels)
    if (t > lo && t <= hi && (out.length === 0 || t > out[out.length - 1]!)) out.push(t);
  return out;
}

/**
 * SVG path data for d3-contour's MultiPolygon coordinates (grid units), scaled to pixels: one subpath per ring.
 * Rounded to 0.1 px to keep the strings short.
 */
export function multiPolygonPath(
  coordinates: number[][][][],
  sx: number,
  sy: number,
  ox = 0,
  oy = 0,
): string {
  const parts: string[] = [];
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      if (ring.length === 0) continue;
      let d = "";
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i]!;
        const x = Math.round((ox + p[0]! * sx) * 10) / 10;
        const y = Math.round((oy + p[1]! * sy) * 10) / 10;
        d += (i === 0 ? "M" : "L") + x + "," + y;
      }
      parts.push(d + "Z");
    }
  }
  return parts.join("");
}
