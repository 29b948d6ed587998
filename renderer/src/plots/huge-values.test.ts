import { describe, it, expect } from "vitest";
import { scaleLinear, scaleLog } from "d3-scale";
import { line } from "d3-shape";
import { robustYRange } from "./range";
import { sampleFunction, safe1, type Sample } from "./sample";
import { clampPx, clampToDomain } from "./geometry";
import { linearLossRange } from "./loss";

// f values near ±1.8e308 used to overflow the y range and the scale arithmetic and put NaN into a path's d.
// The same steps as FunctionPlot and LossChart, on the values that broke them; no NaN or Infinity may come out.
const noBadNumber = (s: string) => !/NaN|Infinity/.test(s);

describe("plots with f near the largest double", () => {
  const cases: Array<{ name: string; f: (x: number) => number; lo: number; hi: number }> = [
    { name: "1e308·x²", f: (x) => 1e308 * x * x, lo: -3, hi: 3 },
    { name: "−1e308·x²", f: (x) => -1e308 * x * x, lo: -3, hi: 3 },
    { name: "1e308·x² − 1e308", f: (x) => 1e308 * x * x - 1e308, lo: -1.2, hi: 1.2 },
    { name: "1e308·x (both signs)", f: (x) => 1e308 * x, lo: -2, hi: 2 },
    { name: "1e307·x⁴ on a wide range", f: (x) => 1e307 * x ** 4, lo: -100, hi: 100 },
    { name: "x² (control)", f: (x) => x * x, lo: -3, hi: 3 },
  ];
  for (const c of cases) {
    it(`${c.name}: finite y range, finite pixels, a path without NaN`, () => {
      const ys: number[] = [];
      for (let i = 0; i <= 200; i++) {
        const y = safe1(c.f, c.lo + ((c.hi - c.lo) * i) / 200);
        if (y !== null) ys.push(y);
      }
      const range = robustYRange(ys, { keep: [c.f(0)] });
      expect(range.every(Number.isFinite)).toBe(true);
      expect(range[1]).toBeGreaterThan(range[0]);
      const y = scaleLinear().domain(range).range([400, 20]).nice();
      const [d0, d1] = y.domain() as [number, number];
      expect(Number.isFinite(d0) && Number.isFinite(d1)).toBe(true);
      const x = scaleLinear().domain([c.lo, c.hi]).range([50, 600]);
      const py = (v: number) => clampPx(y(clampToDomain(v, d0, d1)), 20, 400);
      const samples = sampleFunction(c.f, c.lo, c.hi);
      const d =
        line<Sample>()
          .defined((s) => s[1] !== null)
          .x((s) => x(s[0]))
          .y((s) => py(s[1]!))(samples) ?? "";
      expect(d.length).toBeGreaterThan(0);
      expect(noBadNumber(d)).toBe(true);
      for (const v of [Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, -1e300, 0, d0, d1])
        expect(Number.isFinite(py(v))).toBe(true);
    });
  }

  it("clampToDomain: inside stays, far values are pulled in, NaN stays NaN", () => {
    const cases: Array<[number, number, number, number]> = [
      // v, d0, d1, want
      [5, 0, 10, 5],
      [1e308, 0, 10, 110],
      [-1e308, 0, 10, -100],
      [Number.MAX_VALUE, -Number.MAX_VALUE / 8, Number.MAX_VALUE / 8, Number.MAX_VALUE / 2],
    ];
    for (const [v, d0, d1, want] of cases) expect(clampToDomain(v, d0, d1)).toBe(want);
    expect(clampToDomain(NaN, 0, 1)).toBeNaN();
  });

  it("the loss chart's linear and log ranges stay finite", () => {
    const fs = [1e308, 1.5e308, Number.MAX_VALUE, 3];
    const lin = linearLossRange([fs]);
    expect(lin.every(Number.isFinite)).toBe(true);
    const nice = scaleLinear().domain(lin).nice().domain();
    expect(nice.every(Number.isFinite)).toBe(true);
    expect(scaleLog().domain([3, 1e307]).nice().domain().every(Number.isFinite)).toBe(true);
  });
});
