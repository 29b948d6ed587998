import { describe, it, expect } from "vitest";
import { clampPx, keyStep, snap, tangentSegment } from "./geometry";

describe("tangentSegment", () => {
  const cases: Array<{
    name: string;
    grad: number;
    px: number;
    py: number;
    want: [number, number, number, number];
  }> = [
    { name: "flat", grad: 0, px: 10, py: 10, want: [80, 50, 120, 50] },
    // slope 1 with equal scales: 45°, drawn up to the right (SVG y is down).
    {
      name: "slope 1",
      grad: 1,
      px: 10,
      py: 10,
      want: [100 - 10 * Math.SQRT2, 50 + 10 * Math.SQRT2, 100 + 10 * Math.SQRT2, 50 - 10 * Math.SQRT2],
    },
    {
      name: "slope −1",
      grad: -1,
      px: 10,
      py: 10,
      want: [100 - 10 * Math.SQRT2, 50 - 10 * Math.SQRT2, 100 + 10 * Math.SQRT2, 50 + 10 * Math.SQRT2],
    },
    // 2 px per x unit, 1 px per y unit, slope 2: on screen also 45°.
    {
      name: "unequal scales",
      grad: 2,
      px: 2,
      py: 1,
      want: [100 - 10 * Math.SQRT2, 50 + 10 * Math.SQRT2, 100 + 10 * Math.SQRT2, 50 - 10 * Math.SQRT2],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = tangentSegment(100, 50, c.grad, c.px, c.py, 20)!;
      const got = [s.x1, s.y1, s.x2, s.y2];
      c.want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 9));
      expect(Math.hypot(s.x2 - s.x1, s.y2 - s.y1)).toBeCloseTo(40, 9);
    });
  }
  it("a huge slope is nearly vertical and still 40 px long", () => {
    const s = tangentSegment(0, 0, 1e12, 1, 1, 20)!;
    expect(Math.abs(s.x2 - s.x1)).toBeLessThan(1e-9);
    expect(Math.hypot(s.x2 - s.x1, s.y2 - s.y1)).toBeCloseTo(40, 9);
  });
  const bad: Array<[string, number, number]> = [
    ["NaN slope", NaN, 1],
    ["infinite slope", Infinity, 1],
    ["zero scale", 1, 0],
  ];
  for (const [name, grad, px] of bad)
    it(`${name}: nothing`, () => expect(tangentSegment(0, 0, grad, px, 1, 20)).toBeNull());
});

describe("clampPx", () => {
  const cases: Array<[number, number]> = [
    [50, 50],
    [-500, -500],
    [1e300, 1100],
    [-1e300, -1000],
  ];
  for (const [v, want] of cases) it(`${v}`, () => expect(clampPx(v, 0, 100)).toBe(want));
});

describe("keyStep", () => {
  const cases: Array<[number, boolean, number]> = [
    [10, false, 0.1],
    [10, true, 1],
    [12, false, 0.1],
    [30, false, 0.2],
    [70, false, 0.5],
    [4, false, 0.02],
    [0, false, 0.1],
    [NaN, true, 1],
  ];
  for (const [span, large, want] of cases)
    it(`span ${span}${large ? " (Shift)" : ""}`, () => expect(keyStep(span, large)).toBeCloseTo(want, 12));
});

describe("snap", () => {
  const cases: Array<[number, number, number]> = [
    [0.1 + 0.2, 0.1, 0.3],
    [2.1056, 0.01, 2.11],
    [-3.14159, 0.001, -3.142],
    [17, 5, 15],
    [123.4, 10, 120],
    [0.000123, 0.0001, 0.0001],
  ];
  for (const [v, grid, want] of cases) it(`${v} on ${grid}`, () => expect(snap(v, grid)).toBe(want));
});
