// Whether a point where the gradient (almost) vanished is a minimum, pinned where `npm run mutation
// core/methods/descent-flat.ts` found it loose. Each objective is written out with its exact gradient, so the verdict
// follows from the shape alone: a level plateau, an axis along which f curves down, a flat third-order axis, a slow
// tail whose Newton distance |f′|/f″ is far, and true minima (which get no verdict).
import { describe, expect, it } from "vitest";
import { flatness, flatnessMsg } from "./descent-flat.ts";
import { msg, say } from "../messages/index.ts";
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

// Written out piecewise where a boundary needs exact values: f is 0 or 5 at the point, a given value on the far
// probes (|x| ≥ 0.05, the plateau test's ±0.1) and a curve near it (the curvature test's ±10⁻³).
const piecewise = (at0: number, near: (x: number) => number, far: (x: number) => number): Objective =>
  one(
    (x) => (x === 0 ? at0 : Math.abs(x) >= 0.05 ? far(x) : near(x)),
    () => 0,
  );

describe("flatness: the plateau probe, the curvature step and their tolerances", () => {
  it.each<[string, Objective, number[], string | null]>([
    [
      "far probes 10⁻¹⁰ above f = 0: level (≤, not <)",
      piecewise(
        0,
        (x) => x * x,
        () => 1e-10,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "far probes 4·10⁻¹⁰ above f = 5: within 10⁻¹⁰ · |f|",
      piecewise(
        5,
        (x) => 5 + x * x,
        () => 5 + 4e-10,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "level only to the right, curving down to the left",
      piecewise(
        0,
        (x) => (x < 0 ? -x * x : 0),
        (x) => (x < 0 ? -1 : 0),
      ),
      [0],
      "gd.curvesDown",
    ],
    [
      "up and down differ by 5·10⁻¹³ around f = 0: rounding, no curvature (scaled by the largest value)",
      piecewise(
        0,
        (x) => (x > 0 ? 1 : -1 + 5e-13),
        () => 7,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "f defined only within 10⁻⁴ of the point: no probe says anything",
      piecewise(
        0,
        () => NaN,
        () => NaN,
      ),
      [0],
      null,
    ],
    [
      "(x − 1000)⁴ at 1000: level within 10⁻⁴, but the probes go a tenth of x's scale out",
      one(
        (x) => (x - 1000) ** 4,
        (x) => 4 * (x - 1000) ** 3,
      ),
      [1000],
      null,
    ],
    [
      "10⁶ + (x − 1000)² at 1000: the curvature step is 10⁻³ of x's scale, not lost in f's rounding",
      one(
        (x) => 1e6 + (x - 1000) ** 2,
        (x) => 2 * (x - 1000),
      ),
      [1000],
      null,
    ],
    [
      "10⁹ + (x − 1000)² at 1000.05: Newton's distance 0.05 is near against x's scale",
      one(
        (x) => 1e9 + (x - 1000) ** 2,
        (x) => 2 * (x - 1000),
      ),
      [1000.05],
      null,
    ],
    [
      "100 + x/100 at 0: a slope 10⁻² is small against f = 100, and f has no curvature",
      one(
        (x) => 100 + x / 100,
        () => 1 / 100,
      ),
      [0],
      "gd.plateau",
    ],
    [
      "x² on x ≥ 0 and flat in y, at the origin: the x axis leaves the domain, so no verdict",
      two(
        (x) => (x < 0 ? NaN : x * x),
        (x) => 2 * x,
        () => 0,
      ),
      [0, 0],
      null,
    ],
  ])("%s", (_, objective, at, want) => expect(verdict(objective, at)).toBe(want));

  it("flatness: the same verdict in words, or null", () => {
    const flat = one(
      () => 5,
      () => 0,
    );
    const bowl = one(
      (x) => x * x,
      (x) => 2 * x,
    );
    const x = Float64Array.of(0);
    const g = new Float64Array(1);
    expect(flatness(flat, x, flat(x, g), g)).toBe(say(msg("gd.plateau")));
    expect(flatness(bowl, x, bowl(x, g), g)).toBeNull();
  });
});
