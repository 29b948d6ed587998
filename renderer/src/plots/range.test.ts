import { describe, it, expect } from "vitest";
import {
  equalAspect,
  fitRange,
  fitRange2D,
  innerQuantiles,
  quantileSorted,
  robustYRange,
  type Range,
} from "./range";

describe("fitRange", () => {
  const cases: Array<{ name: string; points: number[]; opts?: Parameters<typeof fitRange>[1]; want: Range }> =
    [
      // x² − 4x from x₀ = 10: critical point 2 and start 10, span 8; a quarter of it (2) is kept around each
      // point, giving [0, 12], then 12 % padding on each side.
      { name: "critical point and start", points: [2, 10], want: [-1.44, 13.44] },
      { name: "order does not matter", points: [10, 2], want: [-1.44, 13.44] },
      {
        name: "without context: the points and padding",
        points: [2, 10],
        opts: { context: 0 },
        want: [1.04, 10.96],
      },
      { name: "a single point gets minSpan", points: [3], opts: { pad: 0 }, want: [2, 4] },
      { name: "minSpan is an option", points: [0], opts: { pad: 0, minSpan: 10 }, want: [-5, 5] },
      {
        name: "run inside the range changes nothing",
        points: [2, 10],
        opts: { pad: 0, context: 0, extra: [2.1, 5, 9.9] },
        want: [2, 10],
      },
      {
        name: "run just outside widens it",
        points: [2, 10],
        opts: { pad: 0, context: 0, extra: [-1, 12] },
        want: [-1, 12],
      },
      // span 8, maxGrow 4: the run may reach 2 − 32 and 10 + 32, no further.
      {
        name: "diverging run is capped",
        points: [2, 10],
        opts: { pad: 0, context: 0, extra: [1e30, -1e30] },
        want: [-30, 42],
      },
      {
        name: "non-finite values are ignored",
        points: [NaN, 2, Infinity, 10],
        opts: { pad: 0, context: 0, extra: [NaN, -Infinity] },
        want: [2, 10],
      },
      { name: "no points: the fallback", points: [], want: [-5, 5] },
      // Inner 90 % of the 22 values is [2, 19]; that span of 17 lets the run reach 19 + 4·17 = 87, not 1e9.
      {
        name: "only a run: centred on its middle, outliers capped",
        points: [],
        opts: { pad: 0, minSpan: 0, extra: [...Array.from({ length: 21 }, (_, i) => i), 1e9] },
        want: [0, 87],
      },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const [lo, hi] = fitRange(c.points, c.opts);
      expect(lo).toBeCloseTo(c.want[0], 12);
      expect(hi).toBeCloseTo(c.want[1], 12);
    });
  }
});

describe("fitRange2D", () => {
  it("fits each axis on its own (Rosenbrock minimum and a start)", () => {
    const r = fitRange2D(
      [
        { x: 1, y: 1 },
        { x: -1.5, y: 2 },
      ],
      [{ x: 0, y: 0.5 }],
      { pad: 0, minSpan: 0, context: 0 },
    );
    expect(r).toEqual({ x: [-1.5, 1], y: [0.5, 2] });
  });
});

describe("equalAspect", () => {
  const cases: Array<{
    name: string;
    x: Range;
    y: Range;
    w: number;
    h: number;
    want: { x: Range; y: Range };
  }> = [
    { name: "wide screen widens x", x: [0, 2], y: [0, 2], w: 400, h: 200, want: { x: [-1, 3], y: [0, 2] } },
    { name: "tall screen widens y", x: [0, 2], y: [0, 2], w: 200, h: 400, want: { x: [0, 2], y: [-1, 3] } },
    { name: "already equal", x: [0, 4], y: [0, 2], w: 400, h: 200, want: { x: [0, 4], y: [0, 2] } },
    { name: "no size yet: unchanged", x: [0, 4], y: [0, 2], w: 0, h: 0, want: { x: [0, 4], y: [0, 2] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = equalAspect({ x: c.x, y: c.y }, c.w, c.h);
      expect(r.x[0]).toBeCloseTo(c.want.x[0], 12);
      expect(r.x[1]).toBeCloseTo(c.want.x[1], 12);
      expect(r.y[0]).toBeCloseTo(c.want.y[0], 12);
      expect(r.y[1]).toBeCloseTo(c.want.y[1], 12);
    });
  }
});

describe("quantileSorted", () => {
  const cases: Array<[number[], number, number]> = [
    [[1, 2, 3, 4, 5], 0, 1],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 1, 5],
    [[0, 10], 0.25, 2.5],
    [[7], 0.9, 7],
  ];
  for (const [xs, q, want] of cases)
    it(`q=${q} of [${xs}]`, () => expect(quantileSorted(xs, q)).toBeCloseTo(want, 12));
  it("empty is NaN", () => expect(quantileSorted([], 0.5)).toBeNaN());
});

const grid = (lo: number, hi: number, n: number) =>
  Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);

describe("innerQuantiles", () => {
  it("rounds inwards, so one outlier among twenty stays out", () => {
    const xs = [...Array.from({ length: 19 }, (_, i) => i), 1e300];
    expect(innerQuantiles(xs)).toEqual([1, 18]);
  });
});

describe("robustYRange", () => {
  it("x² − 4x on [1, 11]: the whole curve, nothing clipped", () => {
    const ys = grid(1, 11, 1000).map((x) => x * x - 4 * x);
    const [lo, hi] = robustYRange(ys, { pad: 0 });
    expect(lo).toBeCloseTo(-4, 6);
    expect(hi).toBeCloseTo(77, 6);
  });
  it("1/x on [−5, 5]: the pole is clipped to a few units", () => {
    const ys = grid(-5, 5, 1001).map((x) => 1 / x);
    const [lo, hi] = robustYRange(ys, { pad: 0 });
    expect(hi).toBeLessThan(30);
    expect(lo).toBeGreaterThan(-30);
    expect(hi).toBeGreaterThan(2);
    expect(lo).toBeLessThan(-2);
  });
  it("exp(x) on [−5, 30]: the explosive tail is clipped", () => {
    const ys = grid(-5, 30, 1000).map(Math.exp);
    const [, hi] = robustYRange(ys, { pad: 0 });
    expect(hi).toBeLessThan(Math.exp(30) / 2);
  });
  it("huge and non-finite values never leak into the range", () => {
    const [lo, hi] = robustYRange([
      1,
      2,
      3,
      NaN,
      Infinity,
      -Infinity,
      2.5,
      1.5,
      1e300,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
    ]);
    expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
    expect(hi).toBeLessThan(100);
  });
  it("kept values are included when they are reasonable", () => {
    const [lo, hi] = robustYRange(grid(0, 3, 100), { keep: [-2, 5], pad: 0 });
    expect([lo, hi]).toEqual([-2, 5]);
  });
  it("kept values far outside are clipped like the tails", () => {
    const [lo, hi] = robustYRange(grid(0, 3, 100), { keep: [-1e6, 1e6], pad: 0 });
    expect(lo).toBeGreaterThan(-10);
    expect(hi).toBeLessThan(10);
  });
  it("a constant gets a visible span around it", () => {
    const [lo, hi] = robustYRange([3, 3, 3]);
    expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(3);
  });
  it("nothing at all: [−1, 1]", () => expect(robustYRange([NaN])).toEqual([-1, 1]));
});
