// Coefficients for the simplifier: exact rationals on plain numbers (fast; the simplifier's coefficients are
// small), falling back to an ordinary float when a numerator or denominator leaves the safe-integer range.
//
// A coefficient remembers where it came from, because that decides how it is printed:
//   frac   integers and fractions the student wrote (x/2 stays x/2, 1/3 stays 1/3)
//   dec    exact, but a decimal literal took part (0.1·2 is 1/5, printed 0.2 as the student wrote decimals)
//   float  inexact (a literal like 1e-300 or 0.1234567890123456789, or an overflowed rational); printed as is
// core/exact/rational.ts (bigint) is the methods' exact type; this one trades range for speed on the hot path.

export type QKind = "frac" | "dec" | "float";
export interface Q {
  readonly n: number;
  readonly d: number;
  readonly kind: QKind;
}

/** Thrown when a coefficient would become ±Infinity or NaN: the caller keeps the expression unfolded. */
export class NoFold extends Error {}

const mk = (n: number, d: number, kind: QKind): Q => ({ n, d, kind });
export const ZERO = mk(0, 1, "frac");
export const ONE = mk(1, 1, "frac");
export const MINUS_ONE = mk(-1, 1, "frac");
export const HALF = mk(1, 2, "frac");

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

const safe = (x: number) => Number.isSafeInteger(x);

function float(v: number): Q {
  if (!Number.isFinite(v)) throw new NoFold("coefficient overflow");
  if (safe(v)) return mk(v === 0 ? 0 : v, 1, "float");
  return mk(v, 1, "float");
}

/** n/d reduced, or a float when either leaves the safe range. */
function make(n: number, d: number, kind: QKind): Q {
  if (kind === "float" || !safe(n) || !safe(d)) return float(n / d);
  if (d < 0) [n, d] = [-n, -d];
  const g = gcd(n, d);
  if (g > 1) [n, d] = [n / g, d / g];
  return mk(n === 0 ? 0 : n, d, kind);
}

const join = (a: Q, b: Q): QKind =>
  a.kind === "float" || b.kind === "float" ? "float" : a.kind === "dec" || b.kind === "dec" ? "dec" : "frac";

/** The rational a student meant by a literal: 0.1 is 1/10 (read from its shortest decimal string). */
export function fromNumber(v: number): Q {
  if (safe(v)) return mk(v === 0 ? 0 : v, 1, "frac");
  const m = /^(-?)(\d+)\.(\d+)$/.exec(String(v));
  if (m && m[3]!.length <= 15) {
    const d = 10 ** m[3]!.length;
    const n = Number(m[2]! + m[3]!) * (m[1] ? -1 : 1);
    if (safe(n)) return make(n, d, "dec");
  }
  return float(v);
}

export const value = (q: Q) => q.n / q.d;
export const isZero = (q: Q) => q.n === 0;
export const isOne = (q: Q) => q.n === 1 && q.d === 1;
export const isInt = (q: Q) => q.d === 1 && Number.isInteger(q.n);
export const isNeg = (q: Q) => q.n < 0;
export const isPositive = (q: Q) => q.n > 0;
export const eq = (a: Q, b: Q) => a.n === b.n && a.d === b.d;

export function add(a: Q, b: Q): Q {
  const k = join(a, b);
  if (k === "float") return float(value(a) + value(b));
  if (a.d === b.d) return make(a.n + b.n, a.d, k);
  return make(a.n * b.d + b.n * a.d, a.d * b.d, k);
}
export function mul(a: Q, b: Q): Q {
  const k = join(a, b);
  if (k === "float") return float(value(a) * value(b));
  return make(a.n * b.n, a.d * b.d, k);
}
export const neg = (a: Q): Q => mk(a.n === 0 ? 0 : -a.n, a.d, a.kind);
export const abs = (a: Q): Q => (a.n < 0 ? neg(a) : a);
export const sub = (a: Q, b: Q) => add(a, neg(b));
/** 1/a; the caller makes sure a ≠ 0. */
export function inv(a: Q): Q {
  if (a.n === 0) throw new NoFold("division by zero");
  return a.kind === "float" ? float(1 / a.n) : make(a.d, a.n, a.kind);
}

/** a^k for an integer k (a ≠ 0 when k < 0). */
export function powInt(a: Q, k: number): Q {
  if (k < 0) return powInt(inv(a), -k);
  if (a.kind === "float") return float(Math.pow(a.n, k));
  let r = ONE as Q;
  let b = a;
  let e = k;
  while (e > 0) {
    if (e & 1) r = mul(r, b);
    e = Math.floor(e / 2);
    if (e > 0) b = mul(b, b);
    if (r.kind === "float" || b.kind === "float") return float(Math.pow(value(a), k));
  }
  return r.kind === a.kind ? r : mk(r.n, r.d, a.kind);
}

/** Exact m-th root of a non-negative integer, or null. */
function intRoot(x: number, m: number): number | null {
  const r = Math.round(Math.pow(x, 1 / m));
  for (const c of [r - 1, r, r + 1]) if (c >= 0 && Math.pow(c, m) === x && safe(Math.pow(c, m))) return c;
  return null;
}

/** a^(p/q) when it is rational (4^(1/2) = 2, (8/27)^(2/3) = 4/9), else null. a ≥ 0 is required by the caller. */
export function powRational(a: Q, e: Q): Q | null {
  if (isInt(e)) return powInt(a, e.n);
  if (a.n < 0 || e.kind === "float" || a.kind === "float") return null;
  if (a.n === 0) return e.n > 0 ? ZERO : null;
  const rn = intRoot(a.n, e.d);
  const rd = intRoot(a.d, e.d);
  if (rn === null || rd === null) return null;
  return powInt(make(rn, rd, a.kind), e.n);
}

/** Does this coefficient print as a terminating decimal (only 2s and 5s in the denominator)? */
export function terminates(q: Q): boolean {
  let d = q.d;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  return d === 1;
}

export const cmp = (a: Q, b: Q) => value(a) - value(b);
