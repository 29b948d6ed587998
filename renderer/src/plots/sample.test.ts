import { describe, it, expect } from "vitest";
import { safe1, sampleFunction, sampleGrid, type Sample } from "./sample";

const undefinedOutside =
  (f: (x: number) => number, ok: (x: number) => boolean) =>
  (x: number): number | null =>
    ok(x) ? f(x) : null;

/** Consecutive defined samples whose y changes sign across x = c (a line drawn through a pole). */
function bridges(s: Sample[], c: number): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const [xa, ya] = s[i - 1]!;
    const [xb, yb] = s[i]!;
    if (ya !== null && yb !== null && xa < c && xb > c && Math.sign(ya) !== Math.sign(yb)) n++;
  }
  return n;
}

describe("safe1", () => {
  const cases: Array<[string, (x: number) => number | null, number | null]> = [
    ["finite", (x) => x + 1, 2],
    ["null", () => null, null],
    ["NaN", () => NaN, null],
    ["Infinity", (x) => x / 0, null],
    [
      "throws",
      () => {
        throw new Error("domain");
      },
      null,
    ],
  ];
  for (const [name, f, want] of cases) it(name, () => expect(safe1(f, 1)).toBe(want));
});

describe("sampleFunction", () => {
  const cases: Array<{
    name: string;
    f: (x: number) => number | null;
    lo: number;
    hi: number;
    count?: number;
    poles?: number[];
    edge?: number;
  }> = [
    { name: "x² − 4x", f: (x) => x * x - 4 * x, lo: -1, hi: 11 },
    {
      name: "log x (undefined left of 0)",
      f: undefinedOutside(Math.log, (x) => x > 0),
      lo: -2,
      hi: 5,
      edge: 0,
    },
    { name: "sqrt x", f: undefinedOutside(Math.sqrt, (x) => x >= 0), lo: -3, hi: 3, edge: 0 },
    { name: "1/x with 0 on the grid", f: (x) => 1 / x, lo: -1, hi: 1, count: 240, poles: [0] },
    { name: "1/x with 0 between samples", f: (x) => 1 / x, lo: -1, hi: 1, count: 241, poles: [0] },
    { name: "1/(x − 0.3)", f: (x) => 1 / (x - 0.3), lo: -2, hi: 2, poles: [0.3] },
    { name: "tan x", f: Math.tan, lo: -3, hi: 3, poles: [-Math.PI / 2, Math.PI / 2] },
    { name: "exp x over a wide range", f: Math.exp, lo: -10, hi: 40 },
    {
      name: "sin(x)·e^(−x/10) + 0.1x²",
      f: (x) => Math.sin(x) * Math.exp(-x / 10) + 0.1 * x * x,
      lo: -20,
      hi: 20,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = sampleFunction(c.f, c.lo, c.hi, c.count ? { count: c.count } : {});
      expect(s.length).toBeGreaterThan(50);
      expect(s[0]![0]).toBe(c.lo);
      expect(s[s.length - 1]![0]).toBe(c.hi);
      for (let i = 0; i < s.length; i++) {
        const [x, y] = s[i]!;
        expect(Number.isFinite(x)).toBe(true);
        if (y !== null) expect(Number.isFinite(y)).toBe(true); // never NaN in a path
        if (i > 0) expect(x).toBeGreaterThan(s[i - 1]![0]);
      }
      for (const p of c.poles ?? []) expect(bridges(s, p)).toBe(0);
      if (c.edge !== undefined) {
        // The curve reaches the edge of the domain to within a small fraction of the range.
        const firstDefined = s.find(([, y]) => y !== null)!;
        expect(firstDefined[0] - c.edge).toBeLessThan((c.hi - c.lo) / 2000);
        expect(s.filter(([x, y]) => x < c.edge! && y !== null)).toEqual([]);
      }
    });
  }

  it("is smooth: the chord between neighbours stays close to the curve", () => {
    const f = (x: number) => Math.sin(3 * x);
    const s = sampleFunction(f, 0, 10, { count: 20 });
    for (let i = 1; i < s.length; i++) {
      const [xa, ya] = s[i - 1]!;
      const [xb, yb] = s[i]!;
      expect(Math.abs(f((xa + xb) / 2) - (ya! + yb!) / 2)).toBeLessThan(0.01);
    }
  });

  it("adds few points where the curve is straight", () => {
    expect(sampleFunction((x) => 2 * x + 1, 0, 1, { count: 100 }).length).toBe(101);
  });

  it("everywhere undefined: only nulls", () => {
    const s = sampleFunction(() => null, 0, 1, { count: 10 });
    expect(s.every(([, y]) => y === null)).toBe(true);
  });

  it("an empty or inverted range gives nothing", () => {
    expect(sampleFunction((x) => x, 1, 1)).toEqual([]);
    expect(sampleFunction((x) => x, 2, 1)).toEqual([]);
    expect(sampleFunction((x) => x, NaN, 1)).toEqual([]);
  });
});

describe("sampleGrid", () => {
  it("row 0 is the top (largest y), columns go left to right, cell centres", () => {
    const v = sampleGrid((x, y) => 10 * x + y, [0, 2], [0, 2], 2, 2);
    // Centres are at x ∈ {0.5, 1.5}, y ∈ {1.5 (top row), 0.5}.
    expect(Array.from(v)).toEqual([6.5, 16.5, 5.5, 15.5]);
  });
  it("undefined points are NaN", () => {
    const v = sampleGrid((x, y) => (x + y > 2 ? null : x + y), [0, 2], [0, 2], 2, 2);
    expect(Array.from(v).map((n) => (Number.isNaN(n) ? "nan" : n))).toEqual([2, "nan", 1, 2]);
  });
  it("non-finite and throws are NaN", () => {
    const v = sampleGrid(
      (x) => {
        if (x < 1) throw new Error("domain");
        return Infinity;
      },
      [0, 2],
      [0, 1],
      2,
      1,
    );
    expect(Array.from(v).every(Number.isNaN)).toBe(true);
  });
});
