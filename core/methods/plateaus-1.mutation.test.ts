// Plateaus and domains read off a grid (plateaus-1.ts), pinned where `npm run mutation core/methods/plateaus-1.ts`
// found them loose: the bisection's refined ends and their 9-digit tidying, stretches of three samples and of two,
// each end's reason (the edge of the domain, a step, f′ of normal size, ±∞) and whether it is closed, the point
// chosen to stand for a set, and the domain's runs. The functions are plain ones whose plateaus and domains are known
// from their definitions (relu, sign, |x − 1| + |x + 1|, log, √(1 − x²)), on a grid like the scan's.
import { describe, expect, it } from "vitest";
import { boundary, domainOf, flatStretches, inClosure, pieces } from "./plateaus-1.ts";
import type { Interval } from "./result.ts";

const N = 400;
const L = 20;
const xs = Array.from({ length: N + 1 }, (_, i) => -L + (2 * L * i) / N);
const iv = (lo: number | null, hi: number | null, loClosed: boolean, hiClosed: boolean): Interval => ({
  lo,
  hi,
  loClosed,
  hiClosed,
});
/** flatStretches on the grid, with f′ given (NaN where f is undefined, like the scan's). */
const stretches = (f: (t: number) => number, g: (t: number) => number) => {
  const fs = xs.map(f);
  const gs = xs.map((t, k) => (Number.isFinite(fs[k]!) ? g(t) : NaN));
  const gmax = gs.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
  return flatStretches(xs, fs, gs, f, g, gmax);
};
const at = (t: number) => xs.findIndex((x) => Math.abs(x - t) < 1e-9);
const relu = (t: number) => Math.max(0, t);
const step = (t: number) => (t > 0 ? 1 : 0);

describe("inClosure: an interval with its ends", () => {
  it.each<[number, Interval, boolean]>([
    [0, iv(0, 1, false, false), true],
    [1, iv(0, 1, false, false), true],
    [-1e-300, iv(0, 1, true, true), false],
    [1 + 2 ** -52, iv(0, 1, true, true), false],
    [-1e300, iv(null, 1, false, true), true],
    [1e300, iv(0, null, true, false), true],
  ])("%s in %j: %s", (t, s, want) => {
    expect(inClosure(t, s)).toBe(want);
  });
});

describe("boundary: bisection between a point inside and one outside, tidied to 9 digits", () => {
  it.each<[string, (t: number) => boolean, number, number, number]>([
    ["1/3 from below, tidied", (t) => t <= 1 / 3, 0, 1, 0.333333333],
    ["from above", (t) => t >= 2.5, 4, 0, 2.5],
    ["near 0 is 0", (t) => t < 1e-10, -1, 1, 0],
    ["2 from a point left of it", (t) => t <= 2, 1.9, 2.1, 2],
  ])("%s", (_, inside, good, bad, want) => {
    expect(boundary(inside, good, bad)).toBe(want);
  });

  it("9 digits only when they are within 10⁻⁹·(1 + |t|) of the bisected end", () => {
    const edge = 1.0000000049;
    const got = boundary((t) => t < edge, 1, 2);
    expect(got).toBeLessThan(edge);
    expect(edge - got).toBeLessThanOrEqual(4 * 2 ** -52);
    const near = 7.0000000004;
    expect(boundary((t) => t < near, 6, 8)).toBe(7);
  });

  it("1e-9 is not small enough to be 0; its 9 digits are", () => {
    expect(boundary((t) => t <= 1.5e-9, 0, 1)).toBe(1.5e-9);
  });
});

describe("flatStretches: stretches where f is constant, each end for a reason", () => {
  it("relu: (−∞, 0], refined to 0 where f′ stops being 0", () => {
    expect(stretches(relu, step)).toStrictEqual([
      { from: 0, to: at(0), plateau: { set: iv(null, 0, false, true), value: 0, at: 0 } },
    ]);
  });

  it("relu(x − 1.05): ends between samples, and the point nearest 0 stands for it", () => {
    const r = stretches(
      (t) => relu(t - 1.05),
      (t) => step(t - 1.05),
    );
    expect(r).toStrictEqual([
      { from: 0, to: at(1), plateau: { set: iv(null, 1.05, false, true), value: 0, at: 0 } },
    ]);
  });

  it("|x − 1| + |x + 1|: [−1, 1], f = 2 up to rounding", () => {
    const r = stretches(
      (t) => Math.abs(t - 1) + Math.abs(t + 1),
      (t) => Math.sign(t - 1) + Math.sign(t + 1),
    );
    expect(r).toStrictEqual([
      { from: at(-0.9), to: at(0.9), plateau: { set: iv(-1, 1, true, true), value: 2, at: 0 } },
    ]);
  });

  it("sign: two open plateaus, each stood for by a point 1 inside its open end", () => {
    const r = stretches(Math.sign, () => 0);
    expect(r).toStrictEqual([
      { from: 0, to: at(-0.1), plateau: { set: iv(null, 0, false, false), value: -1, at: -1 } },
      { from: at(0.1), to: N, plateau: { set: iv(0, null, false, false), value: 1, at: 1 } },
    ]);
  });

  it("a closed plateau right of 0 stands at its left end; an open short one halfway in", () => {
    const r = stretches(
      (t) => (t >= 2 && t <= 3 ? 5 : t < 2 ? 5 + (2 - t) : 5 + (t - 3)),
      (t) => (t >= 2 && t <= 3 ? 0 : t < 2 ? -1 : 1),
    );
    expect(r).toStrictEqual([
      { from: at(2), to: at(3), plateau: { set: iv(2, 3, true, true), value: 5, at: 2 } },
    ]);
    const open = stretches(
      (t) => (t > 2 && t < 2.5 ? 5 : 7),
      () => 0,
    );
    expect(open).toStrictEqual([
      { from: 0, to: at(2), plateau: { set: iv(null, 2, false, true), value: 7, at: 0 } },
      { from: at(2.1), to: at(2.4), plateau: { set: iv(2, 2.5, false, false), value: 5, at: 2.25 } },
      { from: at(2.5), to: N, plateau: { set: iv(2.5, null, true, false), value: 7, at: 2.5 } },
    ]);
  });

  it("a closed plateau left of 0 stands at its right end", () => {
    const r = stretches(
      (t) => (t >= -3 && t <= -2 ? -4 : t < -3 ? -4 + (-3 - t) : -4 + (t + 2)),
      (t) => (t >= -3 && t <= -2 ? 0 : t < -3 ? -1 : 1),
    );
    expect(r).toStrictEqual([
      { from: at(-3), to: at(-2), plateau: { set: iv(-3, -2, true, true), value: -4, at: -2 } },
    ]);
  });

  it("three samples make a stretch, two do not", () => {
    const three = (t: number) => relu(t - 0.15) + relu(-0.15 - t);
    const dthree = (t: number) => step(t - 0.15) - step(-0.15 - t);
    expect(stretches(three, dthree).map((s) => [s.from, s.to])).toStrictEqual([[at(-0.1), at(0.1)]]);
    const two = (t: number) => relu(t - 0.15) + relu(-0.05 - t);
    const dtwo = (t: number) => step(t - 0.15) - step(-0.05 - t);
    expect(stretches(two, dtwo)).toStrictEqual([]);
  });

  it("f′ underflowing (e^(3x) far left) is no plateau: nothing happens at its end", () => {
    expect(
      stretches(
        (t) => Math.exp(3 * t),
        (t) => 3 * Math.exp(3 * t),
      ),
    ).toStrictEqual([]);
  });

  it("an end at the edge of the domain: open where f is undefined", () => {
    const r = stretches(
      (t) => (t < 1 ? 0 : NaN),
      () => 0,
    );
    expect(r).toStrictEqual([
      { from: 0, to: at(0.9), plateau: { set: iv(null, 1, false, false), value: 0, at: 0 } },
    ]);
  });

  it("flat on the whole grid but not far out: no plateau", () => {
    expect(
      stretches(
        (t) => (Math.abs(t) < 100 ? 0 : t),
        (t) => (Math.abs(t) < 100 ? 0 : 1),
      ),
    ).toStrictEqual([]);
  });

  it("a step at the end: open there, closed on the far side", () => {
    const f = (t: number) => (t <= 1 ? 0 : t < 1.00001 ? 0 : 1);
    const r = stretches(f, () => 0);
    expect(r.map((s) => s.plateau.set)).toStrictEqual([
      iv(null, 1.00001, false, false),
      iv(1.00001, null, true, false),
    ]);
  });

  it("relu(x)³: f′ is of rounding size up to about 6·10⁻⁷, and f rises visibly only by 10⁻² past that", () => {
    const r = stretches(
      (t) => relu(t) ** 3,
      (t) => 3 * relu(t) ** 2,
    );
    expect(r).toHaveLength(1);
    const { set, value, at: where } = r[0]!.plateau;
    expect([set.lo, set.loClosed, set.hiClosed, value, where]).toStrictEqual([null, false, true, 0, 0]);
    // The end: where 3t² passes 10⁻¹², to 9 digits.
    expect(set.hi).toBeGreaterThan(0);
    expect(Math.abs(3 * set.hi! ** 2 - 1e-12)).toBeLessThanOrEqual(1e-20);
  });
});

describe("pieces: f′ ≡ 0, each interval of the domain a plateau", () => {
  const noReach = () => false;
  it("x/|x|: (−∞, 0) at −1 and (0, ∞) at 1, from where f is defined beyond the grid", () => {
    const f = (t: number) => (t === 0 ? NaN : t / Math.abs(t));
    const r = pieces(xs, xs.map(f), f, () => true);
    expect(r).toStrictEqual([
      { from: 0, to: at(-0.1), plateau: { set: iv(null, 0, false, false), value: -1, at: -1 } },
      { from: at(0.1), to: N, plateau: { set: iv(0, null, false, false), value: 1, at: 1 } },
    ]);
  });

  it("the grid's ends when f is not defined beyond them; undefined samples skipped before each run", () => {
    const f = (t: number) => (Math.abs(t) >= 0.5 && Math.abs(t) <= 30 ? Math.sign(t) * 2 : NaN);
    const r = pieces(xs, xs.map(f), f, noReach);
    expect(r).toStrictEqual([
      { from: 0, to: at(-0.5), plateau: { set: iv(-20, -0.5, true, true), value: -2, at: -0.5 } },
      { from: at(0.5), to: N, plateau: { set: iv(0.5, 20, true, true), value: 2, at: 0.5 } },
    ]);
  });
});

describe("domainOf: runs of defined samples, ends refined", () => {
  it.each<[string, (t: number) => number, boolean, Interval[]]>([
    ["log: (0, ∞)", Math.log, true, [iv(0, null, false, false)]],
    ["√(1 − x²): [−1, 1]", (t) => Math.sqrt(1 - t * t), true, [iv(-1, 1, true, true)]],
    [
      "1/x: two runs",
      (t) => (t === 0 ? NaN : 1 / t),
      true,
      [iv(null, 0, false, false), iv(0, null, false, false)],
    ],
    ["not beyond the grid: its ends, closed", (t) => t, false, [iv(-20, 20, true, true)]],
    ["√(x − 2.05) beyond 0.5 …", (t) => Math.sqrt(t - 2.05), true, [iv(2.05, null, true, false)]],
    ["undefined everywhere", () => NaN, true, []],
  ])("%s", (_, f, reach, want) => {
    expect(domainOf(xs, xs.map(f), f, () => reach)).toStrictEqual(want);
  });

  it("only the side that reaches goes on to ∞", () => {
    const seen: number[] = [];
    const r = domainOf(
      xs,
      xs,
      (t) => t,
      (s) => (seen.push(s), s > 0),
    );
    expect(r).toStrictEqual([iv(-20, null, true, false)]);
    expect(seen.sort()).toStrictEqual([-1, 1]);
  });
});
