// Several variables: ∇f = 0 solved exactly for quadratics (a linear system in rationals) or by Newton from a grid
// of starts (duplicates merged, spurious points rejected); each point is then classified in classify-hessian.ts.

import type { Node } from "../expr/node.ts";
import { compile } from "../diff/autodiff.ts";
import { evaluator, type Candidate, type Limit } from "./limits.ts";
import { jacobiEigenvalues, solveLinear } from "../exact/matrix.ts";
import { GradientSystem, NONMONOTONE_MEMORY, newton } from "./newton-n.ts";
import { fmt, type Exact, type Point } from "./result.ts";
import type { Poly } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { msg, say } from "../messages/index.ts";
import { joined, spelled, SYMBOL, type Maths } from "./print-maths.ts";
import type { StepData } from "./print-steps.ts";

const clean = (r: number) => (Math.abs(r) < 1e-13 ? 0 : r);

export interface SolvedGradient {
  points: Array<{ x: Point; exact?: Exact; fExact?: Exact }>;
  notes: StepData[];
  /** Set when the global behaviour is already known (quadratics). */
  globalLimits?: Limit[];
  extraCandidates?: Candidate[];
  /** The lowest sampled points, as extra bases for the rays that look far out. */
  lowPoints?: Point[];
}

export function solveGradient(
  node: Node,
  grad: readonly Node[],
  H: readonly (readonly Node[])[],
  vars: readonly string[],
  poly: Poly | null,
): SolvedGradient {
  if (poly && poly.degree() <= 2) return linearGradient(node, poly, vars);
  // Compiled tapes: ∇f from f's tape, and row i of the Hessian as the gradient of ∂f/∂x_i.
  const n = vars.length;
  const fTape = compile(node, vars);
  const rows = grad.map((g) => compile(g, vars));
  const sys = new GradientSystem(fTape, rows);
  const { gradAt, hessAt } = sys;
  const f = evaluator(node);
  const starts: number[][] = [];
  const per = n === 2 ? 11 : n === 3 ? 5 : 3;
  const R = n === 2 ? 5 : 4;
  const total = per ** n;
  for (let k = 0; k < Math.min(total, 400); k++) {
    const p: number[] = [];
    let r = k;
    for (let i = 0; i < n; i++) {
      p.push(-R + (2 * R * (r % per)) / (per - 1));
      r = Math.floor(r / per);
    }
    starts.push(p);
  }
  const toPoint = (p: readonly number[]): Point => Object.fromEntries(vars.map((v, i) => [v, p[i]!]));
  // The lowest grid samples as extra starts, so a minimum between grid points is not missed.
  const lows = starts
    .map((p) => ({ p, v: f(toPoint(p)) }))
    .filter((s) => Number.isFinite(s.v))
    .sort((a, b) => a.v - b.v)
    .slice(0, 5);
  const found: number[][] = [];
  for (const s of [...starts, ...lows.map((l) => l.p)]) {
    // A polynomial (defined everywhere) takes the non-monotone search: the same points, far fewer steps.
    const r = newton(sys, s, poly ? NONMONOTONE_MEMORY : 1);
    if (r && !standsOut(r, gradAt, hessAt)) continue;
    if (r) r.splice(0, n, ...tidy(r, gradAt));
    if (!r || !Number.isFinite(f(toPoint(r)))) continue;
    const c = r.map(clean);
    if (!found.some((q) => q.every((v, i) => Math.abs(v - c[i]!) <= 1e-6 * (1 + Math.abs(v))))) found.push(c);
  }
  found.sort((a, b) => {
    // The first coordinate that differs decides (the points were merged above, so one does).
    const i = a.findIndex((v, k) => v !== b[k]);
    return a[i]! - b[i]!;
  });
  return {
    points: found.map((p) => ({ x: toPoint(p) })),
    lowPoints: lows.slice(0, 2).map((l) => toPoint(l.p)),
    notes: [
      {
        says: msg(found.length === 1 ? "crit.newton.one" : "crit.newton.other", {
          starts: String(starts.length + lows.length),
          n: String(found.length),
        }),
        shows: msg(found.length === 1 ? "crit.newtonLatex.one" : "crit.newtonLatex.other", {
          n: String(found.length),
        }),
        note: msg("crit.numericNote"),
      },
    ],
  };
}

/**
 * A real critical point: either the Newton step from it is tiny (the Hessian solved without any singularity
 * cut-off), or its gradient is 0 up to rounding next to the gradient a little way off. A point where the
 * gradient is merely small (exp(x) + (x − y)² far to the left) fails both: the exact Newton step is of size 1.
 */
function standsOut(
  x: readonly number[],
  gradAt: (p: readonly number[]) => number[],
  hessAt: (p: readonly number[]) => number[][],
): boolean {
  const g0 = gradAt(x);
  const norm0 = Math.hypot(...g0);
  const size = Math.max(1, ...x.map(Math.abs));
  // H·d = ∇f: only the step's size is read, so its sign is left as it comes. A zero gradient passes either way (a
  // zero step, or no step and 0 ≤ 1e-13·around).
  const d = solveLinear(hessAt(x), g0, 0);
  if (d && Math.max(...d.map(Math.abs)) <= 1e-6 * size) return true;
  let around = 0;
  for (const [j, xj] of x.entries()) {
    const h = 1e-3 * (1 + Math.abs(xj));
    for (const s of [h, -h]) {
      const p = [...x];
      // Stryker disable next-line ArithmeticOperator: s takes both signs, so x − s visits the same two points
      p[j] = xj + s;
      const g = Math.hypot(...gradAt(p));
      if (Number.isFinite(g)) around = Math.max(around, g);
    }
  }
  return norm0 <= 1e-13 * around;
}

/**
 * Newton creeps towards a degenerate point (x⁴ + y⁴ at 0), and where ∇f is computed with cancellation ((x − 1)⁴
 * written out as x⁴ − 4x³ + 6x² − 4x + 1) it stops wherever rounding makes ∇f exactly 0, up to 10⁻⁵ away: move
 * coordinates to the nearest integer, or else the nearest number with up to three decimals, when ∇f is no larger there.
 */
function tidy(x: readonly number[], gradAt: (p: readonly number[]) => number[]): number[] {
  const norm = (p: readonly number[]) => Math.hypot(...gradAt(p));
  let best = [...x];
  let g = norm(best);
  // v rounded to 0, 1, 2 or 3 decimals, coarsest first, as far as 1e-4·(1 + |r|) from v (none for most v: a
  // critical point at an irrational number costs no extra gradients).
  const simpler = (v: number) => {
    const out: number[] = [];
    for (let d = 0; d <= 3; d++) {
      const r = Math.round(v * 10 ** d) / 10 ** d;
      if (Math.abs(r - v) <= 1e-4 * (1 + Math.abs(r))) out.push(r);
    }
    return out;
  };
  // All coordinates at once first: Himmelblau's (3, 2) is a critical point only when both snap together.
  // (When nothing snaps, or a coordinate is already the integer, the trial is the same point and changes nothing.)
  const all = x.map((v) => simpler(v)[0] ?? v);
  const ga = norm(all);
  if (ga <= g) {
    best = all;
    g = ga;
  }
  for (const [i, v] of x.entries())
    for (const r of simpler(v)) {
      const p = [...best];
      p[i] = r;
      const gp = norm(p);
      if (gp <= g) {
        best = p;
        g = gp;
        break;
      }
    }
  return best;
}

/** A quadratic's gradient is linear: solve A·x = −b exactly in rationals. */
function linearGradient(node: Node, poly: Poly, vars: readonly string[]): SolvedGradient {
  const n = vars.length;
  const grads = vars.map((v) => poly.derivative(v));
  const unit = (j: number) => vars.map((_, k) => (k === j ? 1 : 0));
  const zero = vars.map(() => 0);
  const M = grads.map((g) => [...vars.map((_, j) => g.coefficient(unit(j))), g.coefficient(zero).neg()]);
  // Reduced row echelon form.
  const pivots: number[] = [];
  let row = 0;
  for (const c of vars.keys()) {
    const p = M.findIndex((r, i) => i >= row && !r[c]!.isZero());
    if (p < 0) continue;
    [M[row], M[p]] = [M[p]!, M[row]!];
    const inv = M[row]![c]!.inv();
    M[row] = M[row]!.map((v) => v.mul(inv));
    for (let r = 0; r < n; r++) {
      if (r === row || M[r]![c]!.isZero()) continue;
      const k = M[r]![c]!;
      M[r] = M[r]!.map((v, j) => v.sub(k.mul(M[row]![j]!)));
    }
    pivots.push(c);
    row++;
  }
  const consistent = M.every((r) => r.slice(0, n).some((v) => !v.isZero()) || r[n]!.isZero());
  // The global answer from calculus's own facts (not the closed form's): f(p + h) = f(p) + ½ hᵀHh at a critical
  // point p, so f is bounded below exactly when H is positive semidefinite and ∇f = 0 has a solution.
  const hessian = grads.map((g) => vars.map((_, j) => g.coefficient(unit(j))));
  const psd = semidefinite(hessian);
  const eig = jacobiEigenvalues(hessian.map((r) => r.map((v) => v.toNumber())));
  const why = !psd
    ? msg("crit.quadNegative", { eig: fmt(Math.min(...eig), 6) })
    : !consistent
      ? msg(hessian.every((r) => r.every((v) => v.isZero())) ? "crit.linearN" : "crit.quadNoCritical")
      : null;
  const globalLimits: Limit[] = why
    ? [{ value: -Infinity, where: "", reason: say(why), reasonMsg: why }]
    : [];
  if (!consistent)
    return {
      points: [],
      notes: [
        {
          says: msg("crit.noSolution"),
          shows: [SYMBOL.nabla, "f", SYMBOL.ne, "0"],
          note: msg("crit.inconsistentNote"),
        },
      ],
      globalLimits,
    };
  const sol: Rational[] = vars.map(() => Rational.zero);
  pivots.forEach((c, r) => (sol[c] = M[r]![n]!));
  const freeVars = vars.filter((_, j) => !pivots.includes(j));
  const at = Object.fromEntries(vars.map((v, j) => [v, sol[j]!]));
  const exact: Exact = spelled(
    joined(
      vars.map((v, j): Maths => [{ v }, " = ", { q: sol[j]! }]),
      SYMBOL.thinSep,
    ),
  );
  const fv = poly.evalExact(at);
  return {
    points: [
      {
        x: Object.fromEntries(vars.map((v, j) => [v, sol[j]!.toNumber()])),
        exact,
        fExact: spelled({ q: fv }),
      },
    ],
    notes: [
      {
        ...(freeVars.length
          ? {
              says: msg(freeVars.length === 1 ? "crit.freeLine" : "crit.freeSet", {
                point: exact.text,
                free: freeVars.join(", "),
              }),
            }
          : {}),
        shows: exact,
        note: msg("crit.linearNote"),
      },
    ],
    globalLimits,
  };
}

/** Exactly, in rationals: is the symmetric matrix positive semidefinite? (Symmetric elimination, pivot > 0.) */
export function semidefinite(A: readonly (readonly Rational[])[]): boolean {
  let m = A.map((r) => [...r]);
  for (;;) {
    if (m.some((r, i) => r[i]!.sign() < 0)) return false;
    // A zero diagonal with a non-zero entry in its row: h = t·e_k + e_j makes hᵀAh negative for some t.
    if (m.some((r, i) => r[i]!.isZero() && r.some((v) => !v.isZero()))) return false;
    const k = m.findIndex((r, i) => r[i]!.sign() > 0);
    if (k < 0) return true; // all zero, or nothing left
    const p = m[k]![k]!;
    m = m
      .filter((_, i) => i !== k)
      .map((r) => {
        const i = m.indexOf(r);
        return r
          .filter((_, j) => j !== k)
          .map((v, jj) => {
            const j = jj < k ? jj : jj + 1;
            return v.sub(m[i]![k]!.mul(m[k]![j]!).div(p));
          });
      });
  }
}
