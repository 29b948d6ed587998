// Far out and at the singular points of several variables: the leading form of a polynomial, f along rays, and
// a grid that finds non-differentiable minima and −∞ where f is undefined.

import type { Node } from "../expr/node.ts";
import { compile } from "../diff/autodiff.ts";
import { evaluator, named, placed, trend, type Candidate, type Limit } from "./limits.ts";
import { msg } from "../messages/index.ts";
import { fmt, type Point } from "./result.ts";
import type { Poly } from "../exact/polynomial.ts";
import { realRoots } from "../exact/roots.ts";

/**
 * The directions (unit vectors, both signs) along which a binary form of degree d vanishes: (1, m) for each real
 * root m of lead(1, m), and (0, 1) when the yᵈ coefficient is 0. (x − 2y)⁴ vanishes along (2, 1)/√5, between the
 * sampled directions, where (x − 2y)⁴ + x falls to −∞.
 */
export function zeroDirections2(lead: Poly): number[][] {
  const d = lead.degree();
  const c = Array.from({ length: d + 1 }, (_, k) => lead.coefficient([d - k, k]));
  const out: number[][] = [];
  const both = (u: number[]) =>
    out.push(
      u,
      u.map((v) => -v),
    );
  if (c[d]!.isZero()) both([0, 1]);
  for (const r of realRoots(c)) {
    const len = Math.hypot(1, r.value);
    both([1 / len, r.value / len]);
  }
  return out;
}

/** Directions to look along: evenly spread on the circle (two variables) or a Fibonacci-like spread on the sphere. */
function directions(n: number, count: number): number[][] {
  const out: number[][] = [];
  if (n === 2) {
    for (let k = 0; k < count; k++)
      out.push(
        // Rounded so (−1, −1)/√2 has two equal components and the ray really follows x = y.
        [Math.cos((2 * Math.PI * k) / count), Math.sin((2 * Math.PI * k) / count)].map(
          (v) => Math.round(v * 1e12) / 1e12,
        ),
      );
    return out;
  }
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  for (let i = 0; i < n; i++)
    for (const s of [1, -1]) out.push(Array.from({ length: n }, (_, k) => (k === i ? s : 0)));
  while (out.length < count) {
    const u = Array.from({ length: n }, rand);
    const norm = Math.hypot(...u);
    if (norm > 1e-3) out.push(u.map((v) => v / norm));
  }
  return out;
}

/**
 * What a grid of samples shows beyond the critical points: points where f is defined but its gradient is not
 * (√(x² + y²) at the origin) are candidates, and points where f is undefined (log(x² + y²) at the origin, the
 * axes for log(x·y)) are approached from a defined neighbour to see whether f runs off to −∞ there.
 */
export function gridSingularities(
  node: Node,
  vars: readonly string[],
): { candidates: Candidate[]; limits: Limit[] } {
  const n = vars.length;
  const per = n === 2 ? 41 : n === 3 ? 9 : 0;
  const candidates: Candidate[] = [];
  const limits: Limit[] = [];
  if (per === 0) return { candidates, limits };
  const tape = compile(node, vars);
  const grad = new Float64Array(n);
  const R = 5;
  const coord = (k: number) => -R + (2 * R * k) / (per - 1);
  const pointAt = (idx: number[]) => idx.map(coord);
  const value = (p: readonly number[]) => tape.value(p);
  const label = (p: readonly number[]) => `(${p.map((v) => fmt(v, 6)).join(", ")})`;
  let probes = 0;
  for (let k = 0; k < per ** n; k++) {
    const idx: number[] = [];
    for (let i = 0, r = k; i < n; i++, r = Math.floor(r / per)) idx.push(r % per);
    const p = pointAt(idx);
    const v = tape.valueAndGrad(p, grad);
    if (Number.isFinite(value(p)) && !Number.isFinite(v)) {
      candidates.push({
        x: Object.fromEntries(vars.map((name, i) => [name, p[i]!])),
        f: value(p),
        ...named(msg("far.notDifferentiable", { at: label(p) })),
      });
      continue;
    }
    if (Number.isFinite(value(p)) || probes >= 60) continue;
    // Undefined here: approach from each defined axis neighbour.
    for (let i = 0; i < n; i++)
      for (const s of [-1, 1]) {
        const q = [...p];
        q[i] = q[i]! + s * ((2 * R) / (per - 1));
        if (!Number.isFinite(value(q))) continue;
        probes++;
        const seq = Array.from({ length: 12 }, (_, j) =>
          value(p.map((c, m) => c + (q[m]! - c) * 10 ** -(j + 1))),
        );
        const t = trend(seq);
        if (t === -Infinity)
          limits.push({ value: t, ...placed(msg("far.toward", { vars: vars.join(", "), at: label(p) })) });
      }
  }
  return { candidates, limits };
}

/** How far out a ray is followed: |h| = 10, 10^1.5, …, 10^15. */
const RAY_STEPS = Array.from({ length: 29 }, (_, k) => 10 ** ((k + 2) / 2));

/**
 * How f behaves far out: the leading form of a polynomial, otherwise f along rays from the origin and from the
 * lowest sampled points (exp(x) + (y − 1)² only approaches 0 along y = 1, which misses the origin).
 */
export function tailsN(
  node: Node,
  vars: readonly string[],
  poly: Poly | null,
  bases: readonly Point[] = [],
): Limit[] {
  const n = vars.length;
  const coords = (u: readonly number[]) => u.map((v) => fmt(v, 4)).join(", ");
  const dirText = (u: readonly number[]) => msg("far.direction", { u: coords(u) });
  const rayDirs = directions(n, n === 2 ? 24 : 60);
  if (poly) {
    const d = poly.degree();
    const lead = poly.homogeneous(d);
    const dirs = directions(n, n === 2 ? 720 : 2000);
    const on: Point = {};
    const vals = dirs.map((u) => {
      vars.forEach((v, i) => (on[v] = u[i]!));
      return lead.evaluate(on);
    });
    const big = Math.max(...vals.map(Math.abs));
    const k = vals.indexOf(Math.min(...vals));
    if (vals[k]! < -1e-9 * big)
      return [
        {
          value: -Infinity,
          ...placed(msg("far.leadingNegative", { dir: dirText(dirs[k]!), lead: { poly: lead } })),
        },
      ];
    // In two variables the directions where the leading form vanishes exactly (they may lie between the samples).
    const zeros = n === 2 ? zeroDirections2(lead) : [];
    if (vals[k]! > 1e-9 * big && zeros.length === 0)
      return [{ value: Infinity, ...placed(msg("far.everyDirection")) }];
    // The leading form vanishes in some direction: follow f along those directions as well.
    vals.forEach((v, i) => {
      if (Math.abs(v) <= 1e-9 * big) rayDirs.push(dirs[i]!);
    });
    for (const u of zeros)
      if (!rayDirs.some((w) => w.every((v, i) => Math.abs(v - u[i]!) <= 1e-12))) rayDirs.push(u);
  }
  const f = evaluator(node);
  const limits: Limit[] = [];
  const origin = Object.fromEntries(vars.map((v) => [v, 0]));
  // One point, moved along each ray (f reads it and keeps nothing): a ray costs 29 evaluations, no allocations.
  const at: Point = { ...origin };
  for (const b of [origin, ...bases])
    for (const u of rayDirs) {
      const seq = RAY_STEPS.map((s) => {
        vars.forEach((v, i) => (at[v] = b[v]! + u[i]! * s));
        return f(at);
      });
      const t = trend(seq);
      const from = vars.map((v) => fmt(b[v]!, 4)).join(", ");
      const where = b === origin ? dirText(u) : msg("far.directionFrom", { u: coords(u), from });
      if (!Number.isNaN(t)) limits.push({ value: t, ...placed(where) });
    }
  return limits;
}
