// What the loss chart plots: f(x_k), or f(x_k) − f* on a log axis when f* is known.
import { Y_LIMIT } from "./range";
import type { LossRun } from "./types";

export type LossMode = "linear" | "log" | "log-gap";

/** The log axis needs positive values: f − f* when f* is known (the gap to the minimum), else f itself if all f > 0. */
export function lossMode(
  runs: readonly LossRun[],
  wantLog: boolean,
  fStar: number | null | undefined,
): LossMode {
  if (!wantLog) return "linear";
  if (fStar !== null && fStar !== undefined && Number.isFinite(fStar)) return "log-gap";
  for (const r of runs) {
    for (let k = 0; k < r.fs.length; k++) if (Number.isFinite(r.fs[k]!) && r.fs[k]! <= 0) return "linear";
  }
  return "log";
}

/**
 * The plotted values of one run. In log-gap mode a gap of 0 (or −1e-17 from rounding) cannot go on a log axis, so
 * it is raised to `floor`, drawn on the bottom edge. Non-finite f stays NaN, a break in the line.
 */
export function lossValues(
  fs: ArrayLike<number>,
  mode: LossMode,
  fStar: number | null | undefined,
  floor: number,
): number[] {
  const shift = mode === "log-gap" ? (fStar ?? 0) : 0;
  return Array.from(fs, (v) =>
    !Number.isFinite(v) ? NaN : mode === "linear" ? v : Math.max(floor, v - shift),
  );
}

/** A floor below every positive gap: a tenth of the smallest one, never under 1e-300. */
export function logFloor(runs: readonly LossRun[], mode: LossMode, fStar: number | null | undefined): number {
  if (mode === "linear") return 0;
  const shift = mode === "log-gap" ? (fStar ?? 0) : 0;
  let smallest = Infinity;
  for (const r of runs) {
    for (let k = 0; k < r.fs.length; k++) {
      const g = r.fs[k]! - shift;
      if (Number.isFinite(g) && g > 0 && g < smallest) smallest = g;
    }
  }
  return Number.isFinite(smallest) ? Math.max(1e-300, smallest / 10) : 1e-16;
}

/**
 * The y range of a linear loss chart: every finite value, except that a diverging run (f → ±1e300) may not stretch
 * it beyond 1000 times the size of the first two values, or the converging runs would flatten into the axis.
 */
export function linearLossRange(series: readonly ArrayLike<number>[]): [number, number] {
  let early = 0;
  for (const vs of series) {
    for (let k = 0; k < Math.min(vs.length, 2); k++)
      if (Number.isFinite(vs[k]!)) early = Math.max(early, Math.abs(vs[k]!));
  }
  // Within ±Y_LIMIT so that hi − lo, the padding and the scale's .nice() stay finite (1e308·x²).
  const limit = Math.min(1000 * (early + 1), Y_LIMIT);
  let lo = Infinity;
  let hi = -Infinity;
  for (const vs of series) {
    for (let k = 0; k < vs.length; k++) {
      const v = vs[k]!;
      if (!Number.isFinite(v)) continue;
      const c = Math.max(-limit, Math.min(limit, v));
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  if (!(lo <= hi)) return [0, 1];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) return [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}
