// Flat regions. The tolerance test only sees that f stopped changing; so does a plateau where the gradient
// underflows (sin(x)·e^(−x²) at x = 30) or a far tail where f decreases too slowly to notice. When the gradient
// is small against f's scale, first look a good distance either way (a tenth of x's scale): if f is the same
// there to 10 digits, this is a plateau. Otherwise use the curvature along the gradient (along each axis if the
// gradient is exactly zero): at a true minimum f curves up and Newton's estimate of the remaining distance,
// |∇f| / f″, is small; at a maximum or saddle f″ < 0, and in a slow tail the estimated distance is large.

import type { Objective } from "./descent-loop.ts";
import { msg, say, type Msg } from "../messages/index.ts";

const FLAT_GRAD = 1e-3;
const NEAR = 0.1;

/** null when the point looks like a minimum (or the gradient is not small); otherwise why it is flat. */
export function flatness(objective: Objective, x: Float64Array, f: number, g: Float64Array): string | null {
  const m = flatnessMsg(objective, x, f, g);
  return m && say(m);
}

export function flatnessMsg(objective: Objective, x: Float64Array, f: number, g: Float64Array): Msg | null {
  const n = x.length;
  let gNorm = 0;
  let xScale = 1;
  for (let i = 0; i < n; i++) {
    gNorm = Math.max(gNorm, Math.abs(g[i]!));
    xScale = Math.max(xScale, Math.abs(x[i]!));
  }
  const fScale = Math.max(1, Math.abs(f));
  if (n === 0 || gNorm * xScale > FLAT_GRAD * fScale) return null;

  const probe = new Float64Array(n);
  const scratch = new Float64Array(n);
  const at = (dir: Float64Array, h: number): number => {
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: one pass past the end writes nothing to a typed array; every probe is taken at ±h, so x − h·dir is the same set
    for (let i = 0; i < n; i++) probe[i] = x[i]! + h * dir[i]!;
    return objective(probe, scratch);
  };
  const directions: Float64Array[] = [];
  let norm = 0;
  for (let i = 0; i < n; i++) norm += g[i]! * g[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) directions.push(g.map((gi) => gi / norm));
  for (let i = 0; i < n; i++) directions.push(Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

  const plateau = msg("gd.plateau");
  const far = NEAR * xScale;
  let seen = 0;
  let level = true;
  for (const dir of directions)
    for (const h of [far, -far]) {
      const v = at(dir, h);
      if (Number.isNaN(v)) continue; // outside the domain: says nothing
      seen++;
      if (Math.abs(v - f) > 1e-10 * fScale) level = false;
    }
  if (seen > 0 && level) return plateau;

  const h = 1e-3 * xScale;
  const curvature = (dir: Float64Array): number => {
    const up = at(dir, h);
    const down = at(dir, -h);
    const second = up + down - 2 * f;
    // Differences at rounding level are no curvature at all.
    if (Math.abs(second) <= 1e-12 * Math.max(Math.abs(up), Math.abs(down), Math.abs(f))) return 0;
    return second / (h * h);
  };
  if (norm > 0) {
    const c = curvature(directions[0]!);
    if (Number.isNaN(c)) return null; // a probe left the domain: no verdict
    return c <= 0 || norm / c > NEAR * xScale ? plateau : null;
  }
  let flatAxis = false;
  for (const dir of directions) {
    const c = curvature(dir);
    if (Number.isNaN(c)) return null;
    if (c < 0) return msg("gd.curvesDown");
    if (c === 0) flatAxis = true;
  }
  return flatAxis ? plateau : null;
}
