// A run drawn on a plot: its path in pixels (thinned for drawing) and its marker at animation step k. Shared by
// the function plot (x, f) and the contour map (x, y): only the second coordinate differs.
import { decimatePixels } from "./decimate";

type Px = (v: number) => number;

export interface RunPath {
  /** SVG path data through the kept points. */
  d: string;
  /** The kept points as dots, only when few enough to draw each one. */
  dots: { x: number; y: number }[];
}

/** Non-finite points are skipped; the rest is thinned in pixel space so 10,000-step runs stay cheap to draw. */
export function runPath(xs: ArrayLike<number>, ys: ArrayLike<number>, px: Px, py: Px): RunPath {
  const n = Math.min(xs.length, ys.length);
  const pxs: number[] = [];
  const pys: number[] = [];
  for (let k = 0; k < n; k++) {
    const x = xs[k]!;
    const y = ys[k]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    pxs.push(px(x));
    pys.push(py(y));
  }
  const keep = decimatePixels(pxs, pys);
  let d = "";
  for (let i = 0; i < keep.length; i++) {
    const k = keep[i]!;
    d += (i === 0 ? "M" : "L") + pxs[k]!.toFixed(1) + "," + pys[k]!.toFixed(1);
  }
  const dots = keep.length <= 150 ? keep.map((k) => ({ x: pxs[k]!, y: pys[k]! })) : [];
  return { d, dots };
}

/** The run's point at step k (clamped to the run), in pixels; null when the run is empty or the point is not finite. */
export function runMarker(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  step: number,
  px: Px,
  py: Px,
): { x: number; y: number } | null {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return null;
  const k = Math.max(0, Math.min(Math.floor(step), n - 1));
  const x = xs[k]!;
  const y = ys[k]!;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { x: px(x), y: py(y) };
}

/** What a plot needs of a run to draw it: its id, its colour and dash, and its first coordinates. */
export interface DrawnRun {
  id: string;
  color: string;
  dash?: string;
  xs: ArrayLike<number>;
}

/** Every run's path, beside the run it belongs to; `ys` picks the second coordinate (f on a graph, y on a map). */
export function runShapes<R extends DrawnRun>(
  runs: readonly R[],
  ys: (r: R) => ArrayLike<number>,
  px: Px,
  py: Px,
) {
  return runs.map((run) => ({ run, ...runPath(run.xs, ys(run), px, py) }));
}

/** Every run's marker at step k (none when no step is shown), with the run's id and colour. */
export function runMarkers<R extends DrawnRun>(
  runs: readonly R[],
  ys: (r: R) => ArrayLike<number>,
  step: number | null,
  px: Px,
  py: Px,
): { id: string; color: string; x: number; y: number }[] {
  if (step === null) return [];
  return runs.flatMap((run) => {
    const at = runMarker(run.xs, ys(run), step, px, py);
    return at ? [{ id: run.id, color: run.color, ...at }] : [];
  });
}
