// Which part of the plane to show. Pure functions, so they can be tested as tables.

export type Range = [number, number];

export interface FitOptions {
  /** Points the range should also cover (the run), unless they would stretch it more than `maxGrow` times. */
  extra?: readonly number[];
  /** Fraction of the span added on each side. */
  pad?: number;
  /** Smallest span shown; a single point sits in the middle of a range this wide. */
  minSpan?: number;
  /** How far (in multiples of the span of `points`) extra points may widen the range. */
  maxGrow?: number;
  /** Used when there is no finite point at all. */
  fallback?: Range;
  /**
   * Room kept around each of `points`, as a fraction of their span: a minimum at the edge of the range would show
   * only half of its valley.
   */
  context?: number;
}

function finiteExtent(values: Iterable<number>): Range | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A range that fits `points` (critical points, the start x₀, the current iterate) and, as far as is sensible, the
 * `extra` points of the runs. A run that diverges would otherwise shrink everything else to a dot, so extra points
 * only widen the range up to `maxGrow` times the span of `points`.
 */
export function fitRange(points: readonly number[], opts: FitOptions = {}): Range {
  const { extra = [], pad = 0.12, minSpan = 2, maxGrow = 4, fallback = [-5, 5], context = 0.25 } = opts;
  let core = finiteExtent(points);
  if (!core) {
    // Nothing required: centre on the run's median and show its middle 90 %.
    const xs = extra.filter(Number.isFinite).sort((a, b) => a - b);
    if (xs.length === 0) return [...fallback];
    core = innerQuantiles(xs);
  }
  let [lo, hi] = core;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    [lo, hi] = [mid - minSpan / 2, mid + minSpan / 2];
  }
  const room = (hi - lo) * context;
  for (const p of points) {
    if (!Number.isFinite(p)) continue;
    lo = Math.min(lo, p - room);
    hi = Math.max(hi, p + room);
  }
  const span = hi - lo;
  const limitLo = lo - maxGrow * span;
  const limitHi = hi + maxGrow * span;
  for (const v of extra) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = Math.max(v, limitLo);
    if (v > hi) hi = Math.min(v, limitHi);
  }
  const margin = (hi - lo) * pad;
  return [lo - margin, hi + margin];
}

export interface Point2 {
  x: number;
  y: number;
}

/** `fitRange` on each axis of a set of 2-D points (minima and start) plus the runs' points. */
export function fitRange2D(
  points: readonly Point2[],
  extra: readonly Point2[] = [],
  opts: Omit<FitOptions, "extra"> = {},
): { x: Range; y: Range } {
  return {
    x: fitRange(
      points.map((p) => p.x),
      { ...opts, extra: extra.map((p) => p.x) },
    ),
    y: fitRange(
      points.map((p) => p.y),
      { ...opts, extra: extra.map((p) => p.y) },
    ),
  };
}

/**
 * Widen one axis so a unit on x is as long on screen as a unit on y: level curves keep their true shape and the
 * gradient looks perpendicular to them, as on the board.
 */
export function equalAspect(
  domain: { x: Range; y: Range },
  width: number,
  height: number,
): { x: Range; y: Range } {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  if (!(width > 0 && height > 0)) return { x: [x0, x1], y: [y0, y1] };
  const perPxX = (x1 - x0) / width;
  const perPxY = (y1 - y0) / height;
  if (perPxX > perPxY) {
    const half = (perPxX * height) / 2;
    const mid = (y0 + y1) / 2;
    return { x: [x0, x1], y: [mid - half, mid + half] };
  }
  const half = (perPxY * width) / 2;
  const mid = (x0 + x1) / 2;
  return { x: [mid - half, mid + half], y: [y0, y1] };
}

/** Linear-interpolated quantile of an ascending array (q in [0, 1]). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const i = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(i);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/**
 * The 5 % and 95 % quantiles of an ascending array, rounded inwards to actual samples: interpolating towards a lone
 * 1e300 would let it back into the range it is meant to be kept out of.
 */
export function innerQuantiles(sorted: readonly number[]): Range {
  const n = sorted.length;
  if (n === 0) return [NaN, NaN];
  return [sorted[Math.ceil((n - 1) * 0.05)]!, sorted[Math.floor((n - 1) * 0.95)]!];
}

export interface YRangeOptions {
  /** Values that must be visible (the minimum, the iterates' f, the current f). */
  keep?: readonly number[];
  pad?: number;
  /** How many inter-quantile spans a tail may reach before it is clipped. */
  tail?: number;
  minSpan?: number;
}

/**
 * The y range for sampled values of f. Poles (1/x) and explosive growth (exp) would flatten everything else, so each
 * tail that reaches more than `tail` times the 5 %–95 % spread beyond that quantile is clipped there. Kept values
 * are added after clipping, but cannot stretch the range more than the same rule allows.
 */
export function robustYRange(values: readonly number[], opts: YRangeOptions = {}): Range {
  const { keep = [], pad = 0.08, tail = 1.5, minSpan = 1e-9 } = opts;
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const kept = keep.filter(Number.isFinite);
  if (sorted.length === 0 && kept.length === 0) return [-1, 1];
  let lo: number;
  let hi: number;
  let limitLo = -Infinity;
  let limitHi = Infinity;
  if (sorted.length > 0) {
    const [q05, q95] = innerQuantiles(sorted);
    const spread = Math.max(q95 - q05, Math.abs(q95) * 1e-9, minSpan);
    limitLo = q05 - tail * spread;
    limitHi = q95 + tail * spread;
    lo = Math.max(sorted[0]!, limitLo);
    hi = Math.min(sorted[sorted.length - 1]!, limitHi);
  } else {
    lo = Math.min(...kept);
    hi = Math.max(...kept);
  }
  for (const v of kept) {
    lo = Math.min(lo, Math.max(v, limitLo));
    hi = Math.max(hi, Math.min(v, limitHi));
  }
  // Values near ±1.8e308 (1e308·x²) would overflow hi − lo, the scale's arithmetic and .nice() to ±Infinity and
  // put NaN into the paths; the range stays within ±Y_LIMIT and everything is computed in halves.
  lo = Math.min(Y_LIMIT, Math.max(-Y_LIMIT, lo));
  hi = Math.min(Y_LIMIT, Math.max(-Y_LIMIT, hi));
  if (hi / 2 - lo / 2 < minSpan / 2 || !(hi > lo)) {
    const mid = lo / 2 + hi / 2;
    const half = Math.max(Math.abs(mid) * 0.1, 1) / 2;
    return [mid - half, mid + half];
  }
  const margin = (hi / 2 - lo / 2) * 2 * pad;
  return [Math.max(-Y_LIMIT, lo - margin), Math.min(Y_LIMIT, hi + margin)];
}

/** The largest |y| a plot's range reaches: a span of 2·Y_LIMIT and d3's .nice() rounding stay finite. */
export const Y_LIMIT = Number.MAX_VALUE / 8;
