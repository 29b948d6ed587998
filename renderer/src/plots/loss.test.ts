import { describe, it, expect } from "vitest";
import { linearLossRange, logFloor, lossMode, lossValues } from "./loss";
import type { LossRun } from "./types";

const run = (fs: number[]): LossRun => ({ id: "r", label: "r", color: "#000", fs });

describe("lossMode", () => {
  const cases: Array<[string, LossRun[], boolean, number | null | undefined, string]> = [
    ["linear when not asked", [run([1, 2])], false, 0, "linear"],
    ["gap when f* is known, even with negative f", [run([60, -3.9])], true, -4, "log-gap"],
    ["log of f when all f > 0", [run([3, 2, 1])], true, null, "log"],
    ["falls back to linear when some f ≤ 0 and f* unknown", [run([3, 0])], true, undefined, "linear"],
    ["non-finite f* counts as unknown", [run([3, -1])], true, NaN, "linear"],
    ["NaN values do not block the log axis", [run([3, NaN, 1])], true, null, "log"],
  ];
  for (const [name, runs, want, fStar, mode] of cases)
    it(name, () => expect(lossMode(runs, want, fStar)).toBe(mode));
});

describe("lossValues and logFloor", () => {
  it("gap mode subtracts f* and raises zero gaps to the floor", () => {
    const runs = [run([60, -3.5, -4, -4 - 1e-17])];
    const floor = logFloor(runs, "log-gap", -4);
    expect(floor).toBeCloseTo(0.05, 12);
    expect(lossValues(runs[0]!.fs, "log-gap", -4, floor)).toEqual([64, 0.5, 0.05, 0.05]);
  });
  it("linear keeps values, non-finite become NaN", () => {
    expect(lossValues([1, Infinity, -2], "linear", null, 0)).toEqual([1, NaN, -2]);
  });
  it("log mode keeps positive f", () => {
    expect(lossValues([4, 2], "log", null, logFloor([run([4, 2])], "log", null))).toEqual([4, 2]);
  });
  it("no positive gap at all: 1e-16", () => expect(logFloor([run([-4, -4])], "log-gap", -4)).toBe(1e-16));
});

describe("linearLossRange", () => {
  const cases: Array<[string, number[][], [number, number]]> = [
    // 5 % padding on each side of the full extent.
    ["one run", [[60, 10, -4]], [-7.2, 63.2]],
    ["a long flat run does not hide a short one", [[60, -4], Array(10_000).fill(-1)], [-7.2, 63.2]],
    // First two values 1 and 3: capped at 1000·(3 + 1) = 4000; extent [1, 4000] padded by 199.95.
    ["a diverging run is capped", [[1, 3, 9, 1e10, 1e300, Infinity]], [1 - 199.95, 4000 + 199.95]],
    ["f → −∞ is capped too", [[2, 1, -1e30]], [-3000 - 150.1, 2 + 150.1]],
    ["non-finite values are skipped", [[NaN, 2, 4]], [1.9, 4.1]],
    ["a constant gets ±0.5", [[3, 3]], [2.5, 3.5]],
    ["nothing", [[]], [0, 1]],
  ];
  for (const [name, series, want] of cases) {
    it(name, () => {
      const [lo, hi] = linearLossRange(series);
      expect(lo).toBeCloseTo(want[0], 9);
      expect(hi).toBeCloseTo(want[1], 9);
    });
  }
});

describe("typed arrays (the session stores runs as Float64Array)", () => {
  it("lossMode, logFloor, lossValues and linearLossRange accept them", () => {
    const fs = new Float64Array([60, 10, -3.99]);
    const runs = [{ id: "r", label: "r", color: "#000", fs }];
    expect(lossMode(runs, true, null)).toBe("linear");
    expect(logFloor(runs, "log-gap", -4)).toBeCloseTo(0.001, 12);
    const gaps = lossValues(fs, "log-gap", -4, 0.001);
    expect(gaps.slice(0, 2)).toEqual([64, 14]);
    expect(gaps[2]).toBeCloseTo(0.01, 12);
    expect(linearLossRange([fs])).toEqual(linearLossRange([[60, 10, -3.99]]));
  });
});
