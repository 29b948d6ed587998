import { describe, it, expect } from "vitest";
import { contourThresholds, multiPolygonPath, type LevelMode } from "./contour";
import { sampleGrid } from "./sample";

const rosenbrock = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
const himmelblau = (x: number, y: number) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
const booth = (x: number, y: number) => (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2;
const saddle = (x: number, y: number) => x * x - y * y;

function strictlyIncreasingInside(t: number[], values: Float64Array) {
  const finite = Array.from(values).filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  for (let i = 0; i < t.length; i++) {
    expect(Number.isFinite(t[i]!)).toBe(true);
    expect(t[i]!).toBeGreaterThan(lo);
    expect(t[i]!).toBeLessThanOrEqual(hi);
    if (i > 0) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
  }
}

describe("contourThresholds", () => {
  const cases: Array<{
    name: string;
    f: (x: number, y: number) => number;
    x: [number, number];
    y: [number, number];
    auto: LevelMode;
  }> = [
    { name: "Rosenbrock: skewed, log levels", f: rosenbrock, x: [-2, 2], y: [-1, 3], auto: "log" },
    {
      name: "Himmelblau on [−5, 5]²: median at 30 % of the spread, quantile",
      f: himmelblau,
      x: [-5, 5],
      y: [-5, 5],
      auto: "quantile",
    },
    {
      name: "Booth on [−10, 10]²: minimum off-centre, skewed, log",
      f: booth,
      x: [-10, 10],
      y: [-10, 10],
      auto: "log",
    },
    {
      name: "x² + y² centred: quantile",
      f: (x, y) => x * x + y * y,
      x: [-2, 2],
      y: [-2, 2],
      auto: "quantile",
    },
    { name: "saddle x² − y²: quantile levels", f: saddle, x: [-2, 2], y: [-2, 2], auto: "quantile" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = sampleGrid(c.f, c.x, c.y, 60, 60);
      const auto = contourThresholds(v, 20, "auto");
      expect(auto).toEqual(contourThresholds(v, 20, c.auto));
      expect(auto.length).toBeGreaterThanOrEqual(15);
      for (const mode of ["log", "quantile", "linear"] as const)
        strictlyIncreasingInside(contourThresholds(v, 20, mode), v);
    });
  }

  it("log levels reach Rosenbrock's valley floor", () => {
    const v = sampleGrid(rosenbrock, [-2, 2], [-1, 3], 60, 60);
    const t = contourThresholds(v, 20, "log");
    expect(t[0]!).toBeLessThan(1); // the range is about 2,500; the first level is well under 1
  });

  it("a known f* below the grid's minimum lowers the floor", () => {
    const v = new Float64Array([1, 2, 3, 4, 5]);
    expect(contourThresholds(v, 4, "linear", 0)).toEqual([0.625, 1.875, 3.125, 4.375]);
    expect(contourThresholds(v, 4, "linear")).toEqual([1.5, 2.5, 3.5, 4.5]);
  });

  it("undefined points (NaN) are ignored", () => {
    const v = new Float64Array([NaN, 1, NaN, 3]);
    expect(contourThresholds(v, 2, "linear")).toEqual([1.5, 2.5]);
  });

  const degenerate: Array<[string, number[]]> = [
    ["empty", []],
    ["all NaN", [NaN, NaN]],
    ["constant", [2, 2, 2]],
  ];
  for (const [name, xs] of degenerate)
    it(`${name}: no levels`, () => expect(contourThresholds(new Float64Array(xs))).toEqual([]));
});

describe("multiPolygonPath", () => {
  it("scales grid units to pixels, one closed subpath per ring", () => {
    const square = [
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    ];
    expect(multiPolygonPath(square, 10, 20, 5, 0)).toBe("M5,0L15,0L15,20L5,20L5,0Z");
  });
  it("holes are their own ring", () => {
    const withHole = [
      [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [2, 1],
          [1, 1],
        ],
      ],
    ];
    expect(multiPolygonPath(withHole, 1, 1)).toBe("M0,0L4,0L4,4L0,0ZM1,1L2,1L1,1Z");
  });
  it("rounds to 0.1 px", () => expect(multiPolygonPath([[[[1 / 3, 2 / 3]]]], 1, 1)).toBe("M0.3,0.7Z"));
  it("empty", () => expect(multiPolygonPath([], 1, 1)).toBe(""));
});
