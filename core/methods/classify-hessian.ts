// A critical point in several variables classified by its Hessian: the eigenvalues' signs when none is zero; when
// the Hessian is singular, a higher-order expansion for a polynomial, else the neighbours on a small sphere.

import type { Node } from "../expr/node.ts";
import { evaluator } from "./limits.ts";
import { jacobiEigenvalues } from "../exact/matrix.ts";
import { fmt, type Point } from "./result.ts";
import type { Poly } from "../exact/polynomial.ts";
import { higherOrder } from "./higher-order.ts";
import { msg, say, type Msg } from "../messages/index.ts";

export interface HessianClass {
  kind: "minimum" | "maximum" | "saddle" | "inconclusive";
  nature: "minimum" | "maximum" | "saddle" | "unknown";
  reason: string;
  reasonMsg: Msg;
  hessian: number[][];
}

export function classifyHessian(
  f: (p: Point) => number,
  H: readonly (readonly Node[])[],
  x: Point,
  vars: readonly string[],
  poly: Poly | null = null,
): HessianClass {
  const h = H.map((row) => row.map((n) => evaluator(n)(x)));
  const n = vars.length;
  const eig = h.flat().every(Number.isFinite) ? jacobiEigenvalues(h) : null;
  const big = eig ? Math.max(1, ...eig.map(Math.abs)) : 1;
  const tol = 1e-8 * big;
  if (eig && eig.every((e) => Math.abs(e) > tol)) {
    const pos = eig.every((e) => e > 0);
    const neg = eig.every((e) => e < 0);
    const kind = pos ? "minimum" : neg ? "maximum" : "saddle";
    let reason: Msg;
    if (n === 2) {
      const d = h[0]![0]! * h[1]![1]! - h[0]![1]! * h[1]![0]!;
      const det = fmt(d, 6);
      reason =
        d < 0
          ? msg("crit.detSaddle", { det })
          : msg(pos ? "crit.detMin" : "crit.detMax", { det, v: vars[0]!, h: fmt(h[0]![0]!, 6) });
    } else {
      const e = eig.map((x) => fmt(x, 4)).join(", ");
      reason = msg(pos ? "crit.eigenMin" : neg ? "crit.eigenMax" : "crit.eigenSaddle", { eig: e });
    }
    return { kind, nature: kind, reason: say(reason), reasonMsg: reason, hessian: h };
  }
  // Singular: a label only with an argument. A polynomial is expanded about the point (higher-order.ts).
  const proof = poly ? higherOrder(poly, vars, x, eig) : null;
  if (proof) {
    const reason = msg("crit.singularProof", { proof: proof.reasonMsg });
    return { kind: "inconclusive", nature: proof.nature, reason: say(reason), reasonMsg: reason, hessian: h };
  }
  const seen = neighbourTestN(f, x, vars);
  // In two variables the neighbours on a small circle are the oracle's own test (minima.py). In three or more,
  // lines through the point miss saddles (x y z is 0 on every line through 0 in a coordinate plane), so only a
  // saddle, shown by a lower and a higher value, is named; anything else stays unknown.
  const nature = (n === 2 || seen === "saddle") && seen !== "flat" ? seen : "unknown";
  const word = msg(
    nature === "saddle"
      ? "crit.saddleNeighbours"
      : nature === "minimum"
        ? "crit.minNeighbours"
        : nature === "maximum"
          ? "crit.maxNeighbours"
          : seen === "maximum"
            ? "crit.unprovedMax"
            : seen === "minimum"
              ? "crit.unprovedMin"
              : "crit.flatAround",
  );
  const reason = msg("crit.singular", { word });
  return {
    kind: "inconclusive",
    nature,
    reason: say(reason),
    reasonMsg: reason,
    hessian: h,
  };
}

function neighbourTestN(
  f: (p: Point) => number,
  x: Point,
  vars: readonly string[],
): "minimum" | "maximum" | "saddle" | "flat" {
  const fv = f(x);
  const n = vars.length;
  const dirs: number[][] = [];
  for (let i = 0; i < n; i++) {
    dirs.push(vars.map((_, k) => (k === i ? 1 : 0)));
    for (let j = i + 1; j < n; j++)
      for (const s of [1, -1])
        dirs.push(
          vars.map((_, k) => (k === i ? 1 : k === j ? s : 0) / (k === i || k === j ? Math.SQRT2 : 1)),
        );
  }
  // Three or more: also every diagonal (±1, …, ±1)/√n, where x y z first shows both signs.
  if (n >= 3 && n <= 8)
    for (let m = 0; m < 2 ** (n - 1); m++)
      dirs.push(vars.map((_, k) => (k > 0 && (m >> (k - 1)) & 1 ? -1 : 1) / Math.sqrt(n)));
  for (const d of [1e-3, 1e-4]) {
    let lower = false;
    let higher = false;
    for (const u of dirs)
      for (const s of [1, -1]) {
        const p = Object.fromEntries(vars.map((v, k) => [v, x[v]! + s * d * (1 + Math.abs(x[v]!)) * u[k]!]));
        const diff = f(p) - fv;
        const tol = 1e-13 * (1 + Math.abs(fv));
        if (diff < -tol) lower = true;
        if (diff > tol) higher = true;
      }
    if (lower && higher) return "saddle";
    if (higher) return "minimum";
    if (lower) return "maximum";
  }
  // Flat in every direction tried: in two variables nothing nearby is lower (a non-strict minimum, as before).
  return n === 2 ? "minimum" : "flat";
}
