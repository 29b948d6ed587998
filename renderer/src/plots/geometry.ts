// Small pieces of plot geometry, in SVG pixels (y grows downwards).

/**
 * The tangent line at (cx, cy) with slope `grad` in data units, as a segment of fixed on-screen length: a steep
 * tangent and a flat one look equally long. pxPerX and pxPerY are pixels per data unit on each axis (positive).
 */
export function tangentSegment(
  cx: number,
  cy: number,
  grad: number,
  pxPerX: number,
  pxPerY: number,
  halfLength: number,
): { x1: number; y1: number; x2: number; y2: number } | null {
  if (![cx, cy, grad, pxPerX, pxPerY, halfLength].every(Number.isFinite) || pxPerX <= 0 || pxPerY <= 0)
    return null;
  const dx = pxPerX;
  const dy = -grad * pxPerY;
  const len = Math.hypot(dx, dy);
  const ux = (dx / len) * halfLength;
  const uy = (dy / len) * halfLength;
  return { x1: cx - ux, y1: cy - uy, x2: cx + ux, y2: cy + uy };
}

/** Keeps far-off points at a drawable distance: Chromium drops paths with coordinates like 1e300. */
export function clampPx(v: number, lo: number, hi: number): number {
  const margin = 10 * (hi - lo);
  return Math.min(hi + margin, Math.max(lo - margin, v));
}

/**
 * Pulls a data value to within `reach` spans of [d0, d1] (and inside ±MAX_VALUE/2) before it goes through a d3
 * scale: (v − d0) / (d1 − d0) overflows for v near 1.8e308 and the interpolation then gives NaN (−∞ + ∞).
 * NaN stays NaN; callers skip it.
 */
export function clampToDomain(v: number, d0: number, d1: number, reach = 10): number {
  const a = Math.min(d0, d1);
  const b = Math.max(d0, d1);
  const span = b / 2 - a / 2;
  const half = Number.MAX_VALUE / 2;
  const lo = Math.max(-half, a - reach * 2 * span);
  const hi = Math.min(half, b + reach * 2 * span);
  return Math.min(hi, Math.max(lo, v));
}

/** The keyboard step for moving x₀: 1 % of the visible span, 10 % with Shift, on a round value. */
export function keyStep(span: number, large: boolean): number {
  const raw = Math.abs(span) / (large ? 10 : 100);
  if (!(raw > 0) || !Number.isFinite(raw)) return large ? 1 : 0.1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

/** v on a grid `grid` apart, printed without float noise (0.30000000000000004 → 0.3). */
export function snap(v: number, grid: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(grid) - 1e-9));
  return Number((Math.round(v / grid) * grid).toFixed(Math.min(20, decimals)));
}
