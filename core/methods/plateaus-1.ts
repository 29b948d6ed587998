// One variable: where f is flat (plateaus of abs, sign, relu; f′ ≡ 0 on each piece of its domain) and where it is
// defined at all (its domain as intervals), read off the scan's grid and refined by bisection.

import type { Plateau } from "./critical-points-1.ts";
import type { Interval } from "./result.ts";

export const inClosure = (t: number, s: Interval) =>
  (s.lo === null || t >= s.lo) && (s.hi === null || t <= s.hi);

/** Far out along s·10^(k/2): every value defined and passing `ok`. */
const farOut = (f: (t: number) => number, s: number, ok: (t: number, v: number) => boolean) =>
  Array.from({ length: 29 }, (_, k) => s * 10 ** ((k + 2) / 2)).every((t) => {
    const v = f(t);
    return Number.isFinite(v) && ok(t, v);
  });

/** A grid point's end of a stretch, refined: the boundary between `good` (inside) and `bad`, tidied. */
export function boundary(inside: (t: number) => boolean, good: number, bad: number): number {
  for (let k = 0; k < 200; k++) {
    const m = (good + bad) / 2;
    if (m === good || m === bad) break;
    if (inside(m)) good = m;
    else bad = m;
  }
  if (Math.abs(good) < 1e-9) return 0;
  const short = Number(good.toPrecision(9));
  return Math.abs(short - good) <= 1e-9 * (1 + Math.abs(good)) ? short : good;
}

/**
 * Stretches where f is constant (f′ = 0 and f equal, up to rounding, over at least three samples). A stretch
 * counts only when it ends for a reason: f′ of normal size or a visible step beside it, the edge of the domain, or
 * ±∞ (f keeps the value far out). Otherwise it is only f′ underflowing (exp(x) far left, tanh far out).
 */
export function flatStretches(
  xs: readonly number[],
  fs: readonly number[],
  gs: readonly number[],
  f: (t: number) => number,
  g: (t: number) => number,
  gmax: number,
): Array<{ from: number; to: number; plateau: Plateau }> {
  const n = xs.length;
  // Equal up to a few roundings: |x − 1| + |x + 1| is 2 ± 4e-16 on [−1, 1].
  const tol = (c: number, t: number) => 1e-14 * (1 + Math.abs(c) + Math.abs(t));
  const flatAt = (k: number) =>
    Number.isFinite(fs[k]!) && Number.isFinite(gs[k]!) && Math.abs(gs[k]!) <= 1e-12 * (1 + Math.abs(fs[k]!));
  const out: Array<{ from: number; to: number; plateau: Plateau }> = [];
  let i = 0;
  while (i < n) {
    if (!flatAt(i)) {
      i++;
      continue;
    }
    const c = fs[i]!;
    const same = (k: number) => Number.isFinite(fs[k]!) && Math.abs(fs[k]! - c) <= tol(c, xs[k]!);
    let j = i;
    while (j + 1 < n && flatAt(j + 1) && same(j + 1)) j++;
    const from = i;
    i = j + 1;
    if (j - from < 2) continue;
    const inside = (t: number) => {
      const v = f(t);
      return Number.isFinite(v) && Math.abs(v - c) <= tol(c, t);
    };
    // Each end: ±∞ (checked far out), or the boundary with the first sample where f leaves the value.
    const end = (k: number, dir: -1 | 1): { at: number | null; closed: boolean } | null => {
      let last = k;
      while (last + dir >= 0 && last + dir < n && same(last + dir)) last += dir;
      const bad = last + dir;
      if (bad < 0 || bad >= n) return farOut(f, dir, inside) ? { at: null, closed: false } : null;
      // Refined where f′ is 0 too, so relu(x)^2 ends at 0 rather than where x² drops below rounding.
      const flat = (t: number) => inside(t) && Math.abs(g(t)) <= 1e-12 * (1 + Math.abs(c));
      const at = boundary(flat, xs[last]!, xs[bad]!);
      // At or just past the end something must happen: f undefined, a visible step, or f′ of normal size.
      const fa = f(at);
      const why =
        !Number.isFinite(fa) ||
        Math.abs(fa - c) > 1e-6 * (1 + Math.abs(c)) ||
        [1e-6, 1e-4, 1e-2].some((d) => {
          const t = at + dir * d * (1 + Math.abs(at));
          const v = f(t);
          const s = g(t);
          return (
            !Number.isFinite(v) ||
            Math.abs(v - c) > 1e-6 * (1 + Math.abs(c)) ||
            (Number.isFinite(s) && Math.abs(s) > 1e-6 * gmax)
          );
        });
      if (!why) return null;
      return { at, closed: Number.isFinite(fa) && Math.abs(fa - c) <= 1e-6 * (1 + Math.abs(c)) };
    };
    const lo = end(from, -1);
    const hi = end(j, 1);
    if (!lo || !hi) continue;
    const set: Interval = { lo: lo.at, hi: hi.at, loClosed: lo.closed, hiClosed: hi.closed };
    out.push({ from, to: j, plateau: { set, value: c, at: representative(set) } });
  }
  return out;
}

/** The point of the set nearest 0 (0 itself when inside), or a point just inside an open end. */
function representative(s: Interval): number {
  if (
    (s.lo === null || s.lo < 0 || (s.lo === 0 && s.loClosed)) &&
    (s.hi === null || s.hi > 0 || (s.hi === 0 && s.hiClosed))
  )
    return 0;
  const right = s.lo !== null && s.lo >= 0; // the set lies to the right of 0
  const e = right ? s.lo! : s.hi!;
  const closed = right ? s.loClosed : s.hiClosed;
  if (closed) return e;
  const other = right ? s.hi : s.lo;
  const step = other === null ? 1 : Math.min(1, Math.abs(other - e) / 2);
  return right ? e + step : e - step;
}

/** f′ ≡ 0: each interval of the domain is a plateau, its value taken at its point nearest 0 (least rounding). */
export function pieces(
  xs: readonly number[],
  fs: readonly number[],
  f: (t: number) => number,
  reaches: (s: -1 | 1) => boolean,
): Array<{ from: number; to: number; plateau: Plateau }> {
  const out: Array<{ from: number; to: number; plateau: Plateau }> = [];
  const sets = domainOf(xs, fs, f, reaches);
  let i = 0;
  for (const set of sets) {
    while (!Number.isFinite(fs[i]!)) i++;
    let j = i;
    while (j + 1 < xs.length && Number.isFinite(fs[j + 1]!)) j++;
    const at = representative(set);
    out.push({ from: i, to: j, plateau: { set, value: f(at), at } });
    i = j + 1;
  }
  return out;
}

/** f's domain as intervals: runs of defined samples, ends refined; a run at the grid's end goes on to ±∞ if f does. */
export function domainOf(
  xs: readonly number[],
  fs: readonly number[],
  f: (t: number) => number,
  reaches: (s: -1 | 1) => boolean,
): Interval[] {
  const ok = (t: number) => Number.isFinite(f(t));
  const out: Interval[] = [];
  const n = xs.length;
  let i = 0;
  while (i < n) {
    if (!Number.isFinite(fs[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && Number.isFinite(fs[j + 1]!)) j++;
    const lo = i === 0 ? (reaches(-1) ? null : xs[0]!) : boundary(ok, xs[i]!, xs[i - 1]!);
    const hi = j === n - 1 ? (reaches(1) ? null : xs[n - 1]!) : boundary(ok, xs[j]!, xs[j + 1]!);
    out.push({ lo, hi, loClosed: lo !== null && ok(lo), hiClosed: hi !== null && ok(hi) });
    i = j + 1;
  }
  return out;
}
