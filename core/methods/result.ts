// The shapes the three method panels render: an answer plus the steps a teacher writes on the board.

// A line on the board is data (print-steps.ts): StepData, printed to text, LaTeX and a language at the edge.

/** An exact value or expression, e.g. { text: "1 + sqrt(2)", latex: "1 + \\sqrt{2}" }. */
export interface Exact {
  text: string;
  latex: string;
}

/**
 * minimum     a global minimum exists (argmin and min are set)
 * unbounded   f goes to −∞ (reason says along what)
 * no-minimum  bounded below, but the lower bound is never reached (exp(x), 1/(1 + x^2))
 * unsupported the method does not apply (reason says why, in words)
 */
export type MinimumStatus = "minimum" | "unbounded" | "no-minimum" | "unsupported";

export type Point = Record<string, number>;

/** Plain numbers for the board: 2, -4, 0.5, 1.41421356, 3.91543e+17; never -0, never 17 noisy digits or a row of
 *  digits (beyond 10⁹ in powers of ten, which the UI writes 3.91543 × 10¹⁷). */
export function fmt(x: number, digits = 10): string {
  if (Object.is(x, -0) || Math.abs(x) < 1e-300) return "0";
  if (Math.abs(x) >= 1e9 || Math.abs(x) < 1e-6) return x.toPrecision(digits).replace(/\.?0+e/, "e");
  return String(Number(x.toPrecision(digits)));
}

/** fmt for LaTeX: 1.9e-21 would typeset as "1.9e − 21", so scientific notation becomes 1.9 \times 10^{-21}. */
export function fmtTex(x: number, digits = 10): string {
  const s = fmt(x, digits);
  const m = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(s);
  return m ? `${m[1]} \\times 10^{${m[2] === "-" ? "-" : ""}${m[3]}}` : s;
}

/**
 * A stretch of one variable's axis: null ends are −∞ / +∞ (JSON has no Infinity). A minimum attained on a whole set
 * (relu(x) on (−∞, 0], |x − 1| + |x + 1| on [−1, 1]) is a union of these.
 */
export interface Interval {
  lo: number | null;
  hi: number | null;
  loClosed: boolean;
  hiClosed: boolean;
}

export const inInterval = (t: number, s: Interval) =>
  (s.lo === null || t > s.lo || (s.loClosed && t === s.lo)) &&
  (s.hi === null || t < s.hi || (s.hiClosed && t === s.hi));

/** Where a one-variable minimum is attained, as intervals in x: its set when known, else each minimiser alone. */
export function minimisersOf(
  r: { argmin?: Point; argmins?: Point[]; argminSet?: Record<string, Interval[]> },
  x: string,
): Interval[] {
  return (
    r.argminSet?.[x] ??
    (r.argmins ?? [r.argmin!]).map((p): Interval => ({
      lo: p[x]!,
      hi: p[x]!,
      loClosed: true,
      hiClosed: true,
    }))
  );
}

/** Distance from t to the nearest point of the set (its closure), 0 inside. */
export function distanceToSet(t: number, set: readonly Interval[]): number {
  return Math.min(
    ...set.map((s) => (s.lo !== null && t < s.lo ? s.lo - t : s.hi !== null && t > s.hi ? t - s.hi : 0)),
  );
}
