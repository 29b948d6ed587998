// Whether a point where the gradient (almost) vanished is a minimum, pinned where `npm run mutation
// core/methods/descent-flat.ts` found it loose. Each objective is written out with its exact gradient, so the verdict
// follows from the shape alone: a level plateau, an axis along which f curves down, a flat third-order axis, a slow
// tail whose Newton distance |f′|/f″ is far, and true minima (which get no verdict).
import { describe, expect, it } from "vitest";
import { flatnessMsg } from "./descent-flat.ts";
import type { Objective } from "./descent-loop.ts";

const one =
  (f: (x: number) => number, df: (x: number) => number): Objective =>
  (x, g) => ((g[0] = df(x[0]!)), f(x[0]!));
const two =
  (
    f: (x: number, y: number) => number,
    fx: (x: number, y: number) => number,
    fy: (x: number, y: number) => number,
  ): Objective =>
  (p, g) => ((g[0] = fx(p[0]!, p[1]!)), (g[1] = fy(p[0]!, p[1]!)), f(p[0]!, p[1]!));

function verdict(objective: Objective, at: number[]) {
  const x = Float64Array.from(at);
  const g = new Float64Array(at.length);
  const f = objective(x, g);
  return flatnessMsg(objective, x, f, g)?.id ?? null;
}

describe("flatness verdicts", () => {
  it.each<[string, Objective, number[], string | null]>([
    [
      "x² at its minimum 0",
      one(
        (x) => x * x,
        (x) => 2 * x,
      ),
      [0],
      null,
    ],
    [
      "(x − 3)² at its minimum 3 (probes either side)",
      one(
        (x) => (x - 3) ** 2,
        (x) => 2 * (x - 3),
      ),
      [3],
      null,
    ],
    [
      "x⁴ at 0: not level, curving up a little",
      one(
        (x) => x ** 4,
        (x) => 4 * x ** 3,
      ),
      [0],
      null,
    ],
    [
      "−x² at 0: curves down",
      one(
        (x) => -x * x,
        (x) => -2 * x,
      ),
      [0],
      "gd.curvesDown",
    ],
    [
      "x³ at 0: no curvature on the axis",
      one(
        (x) => x ** 3,
        (x) => 3 * x * x,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "a constant 5: level everywhere",
      one(
        () => 5,
        () => 0,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "a constant 5 far out at x = 1000: level",
      one(
        () => 5,
        () => 0,
      ),
      [1000],
      "gd.plateau",
    ],
    [
      "1/x at 1024: a slow tail, Newton's distance 512 beyond a tenth of x",
      one(
        (x) => 1 / x,
        (x) => -1 / (x * x),
      ),
      [1024],
      "gd.plateau",
    ],
    [
      "(x − 2)² + 0.01·x at 2: the gradient 0.01 is too large to ask",
      one(
        (x) => (x - 2) ** 2 + 0.01 * x,
        (x) => 2 * (x - 2) + 0.01,
      ),
      [2],
      null,
    ],
    [
      "x at 0: a slope of 1 is not small, so no verdict",
      one(
        (x) => x,
        () => 1,
      ),
      [0],
      null,
    ],
    [
      "x/1000 at 0: a slope of exactly 10⁻³ counts as small, and f has no curvature",
      one(
        (x) => x / 1000,
        () => 1e-3,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "x² + y² at the origin",
      two(
        (x, y) => x * x + y * y,
        (x) => 2 * x,
        (_, y) => 2 * y,
      ),
      [0, 0],
      null,
    ],
    [
      "x² − y² at the origin: y curves down",
      two(
        (x, y) => x * x - y * y,
        (x) => 2 * x,
        (_, y) => -2 * y,
      ),
      [0, 0],
      "gd.curvesDown",
    ],
    [
      "x² + y³ at the origin: y is flat",
      two(
        (x, y) => x * x + y ** 3,
        (x) => 2 * x,
        (_, y) => 3 * y * y,
      ),
      [0, 0],
      "gd.plateau",
    ],
    [
      "x² + 1/y at y = 1024: slow in y",
      two(
        (x, y) => x * x + 1 / y,
        (x) => 2 * x,
        (_, y) => -1 / (y * y),
      ),
      [0, 1024],
      "gd.plateau",
    ],
    [
      "x² on x ≥ 0, at 0: the probes to the left are outside the domain",
      one(
        (x) => (x < 0 ? NaN : x * x),
        (x) => (x < 0 ? NaN : 2 * x),
      ),
      [0],
      null,
    ],
  ])("%s", (_, objective, at, expected) => expect(verdict(objective, at)).toBe(expected));
});
