// ATen's CPU arithmetic, reproduced so torch.optim's trajectories replay to the last bit. Its kernels are
// compiled with fused multiply-add, so `a.add_(b, alpha=s)` is fma(s, b, a) and `addcmul_(t1, t2, value=s)` is
// fma(s·t1, t2, a), while `addcdiv_(t1, t2, value=s)` is a + (s·t1)/t2 (a division cannot fuse); and torch's
// `beta ** step` is C's pow, correctly rounded where V8's Math.pow is not.

/** The rounding error of p = a·b, so that p + error = a·b exactly (Dekker's product with Veltkamp's splitting;
 *  exact while |a|, |b| < 1e290 and nothing underflows). */
function productError(a: number, b: number, p: number): number {
  const SPLIT = 134217729; // 2^27 + 1
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** a·b + c with one rounding, as the FMA instructions torch's CPU kernels compile to (`a.add_(b, alpha=s)` is
 *  fma(s, b, a) there): the exact product, Knuth's two-sum, and one last rounding. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  // Outside the range where the splitting is exact (or with NaN/±Infinity about) one rounding more is the best
  // we can do, and is what such values deserve.
  if (!(Math.abs(a) < 1e290 && Math.abs(b) < 1e290 && Math.abs(c) < 1e300) || p === 0) return p + c;
  const e = productError(a, b, p);
  const s = p + c;
  const v = s - p;
  const err = p - (s - v) + (c - v); // s + err = p + c exactly
  return s + (err + e);
}

/** βᵗ correctly rounded: squaring and multiplying in double-double arithmetic (about 32 digits), rounded once.
 *  torch computes `beta ** step` with C's pow, which is correctly rounded in all but the rarest cases; V8's
 *  Math.pow is not (it is an ulp off for several percent of Adam's steps). */
export function powRounded(beta: number, t: number): number {
  let rh = 1;
  let rl = 0;
  let bh = beta;
  let bl = 0;
  for (let e = t; e > 0;) {
    if (e & 1) {
      const p = rh * bh;
      const err = productError(rh, bh, p) + rh * bl + rl * bh;
      rh = p + err;
      rl = err - (rh - p);
    }
    e = Math.floor(e / 2);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: one squaring more after the last bit is never used
    if (e > 0) {
      const p = bh * bh;
      const err = productError(bh, bh, p) + 2 * bh * bl;
      bh = p + err;
      bl = err - (bh - p);
    }
  }
  // rh + rl rounded is rh itself: rh is p + err rounded, and rl that rounding's exact error.
  return rh;
}
