// Sampling f for drawing. A sample is [x, y] with y = null where f is undefined (log of a negative, 1/0) or where
// the curve must break (a pole between two samples), so d3.line().defined() leaves a gap there instead of a NaN.
import { innerQuantiles } from "./range";

export type Sample = [number, number | null];

/** Calls f and turns throws, NaN and ±Infinity into null. */
export function safe1(f: (x: number) => number | null, x: number): number | null {
  try {
    const y = f(x);
    return y !== null && Number.isFinite(y) ? y : null;
  } catch {
    return null;
  }
}

export interface SampleOptions {
  /** Uniform intervals before refinement (about one per 3 px looks smooth). */
  count?: number;
  /** How many times an interval may be halved where the curve bends or the domain ends. */
  depth?: number;
}

/**
 * Adaptive sampling of f on [lo, hi]: an interval is halved while its midpoint is off the chord by more than
 * 1/1000 of the curve's typical height, or while it straddles the edge of the domain. At the finest level an
 * interval whose midpoint lies outside its two ends and which jumps by a visible amount straddles a pole: it gets a
 * break.
 */
export function sampleFunction(
  f: (x: number) => number | null,
  lo: number,
  hi: number,
  opts: SampleOptions = {},
): Sample[] {
  const { count = 240, depth = 6 } = opts;
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const xs = Array.from({ length: count + 1 }, (_, i) => (i === count ? hi : lo + ((hi - lo) * i) / count));
  const ys = xs.map((x) => safe1(f, x));
  const defined = ys.filter((y): y is number => y !== null).sort((a, b) => a - b);
  const [q05, q95] = defined.length > 0 ? innerQuantiles(defined) : [0, 1];
  const height = Math.max(q95 - q05, Math.abs(q95) * 1e-6, 1e-12);
  const tol = height / 1000;
  const jump = height / 4;

  const out: Sample[] = [[xs[0]!, ys[0]!]];
  const refine = (a: number, fa: number | null, b: number, fb: number | null, d: number): void => {
    if (fa === null && fb === null) {
      out.push([b, null]);
      return;
    }
    const m = (a + b) / 2;
    const fm = safe1(f, m);
    if (fa !== null && fb !== null && fm !== null) {
      if (Math.abs(fm - (fa + fb) / 2) <= tol) {
        out.push([b, fb]);
        return;
      }
      if (d === 0) {
        const outside = fm < Math.min(fa, fb) || fm > Math.max(fa, fb);
        if (outside && Math.abs(fb - fa) > jump) out.push([m, null]);
        out.push([b, fb]);
        return;
      }
    } else if (d === 0) {
      // The domain ends inside this interval: keep the defined side, break the line.
      if (fm !== null) out.push([m, fm]);
      else out.push([m, null]);
      out.push([b, fb]);
      return;
    }
    refine(a, fa, m, fm, d - 1);
    refine(m, fm, b, fb, d - 1);
  };
  for (let i = 0; i < count; i++) refine(xs[i]!, ys[i]!, xs[i + 1]!, ys[i + 1]!, depth);
  return out;
}

/**
 * f(x, y) on an nx × ny grid of cell centres, row 0 at the top (largest y), in the layout d3-contour expects.
 * Undefined points are NaN, which d3-contour treats as lower than every threshold.
 */
export function sampleGrid(
  f: (x: number, y: number) => number | null,
  x: [number, number],
  y: [number, number],
  nx: number,
  ny: number,
): Float64Array {
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const yj = y[1] - ((j + 0.5) * (y[1] - y[0])) / ny;
    for (let i = 0; i < nx; i++) {
      const xi = x[0] + ((i + 0.5) * (x[1] - x[0])) / nx;
      let v: number | null;
      try {
        v = f(xi, yj);
      } catch {
        v = null;
      }
      values[j * nx + i] = v !== null && Number.isFinite(v) ? v : NaN;
    }
  }
  return values;
}
