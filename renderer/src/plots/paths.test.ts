import { describe, expect, it } from "vitest";
import { runMarker, runMarkers, runPath, runShapes } from "./paths";

const id = (v: number) => v;
const double = (v: number) => 2 * v;

describe("runPath", () => {
  it.each([
    ["an empty run", [], [], ""],
    ["one point", [1], [2], "M1.0,4.0"],
    ["skips non-finite points", [0, NaN, 3], [0, 5, 3], "M0.0,0.0L3.0,6.0"],
  ])("%s", (_, xs, ys, d) => {
    expect(runPath(xs, ys, id, double).d).toBe(d);
  });

  it("a long run is thinned but keeps its ends, and shows no dots", () => {
    const xs = Float64Array.from({ length: 10_000 }, (_, k) => k / 100);
    const ys = xs.map((x) => Math.sin(x));
    const { d, dots } = runPath(
      xs,
      ys,
      (v) => v * 10,
      (v) => v * 10,
    );
    const points = d.split(/[ML]/).filter(Boolean);
    expect(points.length).toBeLessThan(2_100);
    expect(points[0]).toBe("0.0,0.0");
    expect(points.at(-1)).toBe(`${(99.99 * 10).toFixed(1)},${(Math.sin(99.99) * 10).toFixed(1)}`);
    expect(dots).toEqual([]);
  });
});

describe("runMarker", () => {
  it.each([
    ["at the step", 1, { x: 1, y: 20 }],
    ["clamped past the end", 99, { x: 2, y: 30 }],
    ["clamped before the start", -3, { x: 0, y: 10 }],
  ])("%s", (_, step, want) => {
    expect(runMarker([0, 1, 2], [5, 10, 15], step, id, double)).toEqual(want);
  });

  it.each([
    ["an empty run", [], []],
    ["a non-finite point", [NaN], [1]],
  ])("none for %s", (_, xs, ys) => {
    expect(runMarker(xs, ys, 0, id, id)).toBeNull();
  });
});

describe("runShapes and runMarkers", () => {
  const runs = [
    { id: "a", color: "red", xs: [0, 1, 2], fs: [4, 1, 0] },
    { id: "b", color: "blue", xs: [5], fs: [NaN] },
  ];
  it("pair each run with its path", () => {
    const shapes = runShapes(runs, (r) => r.fs, id, double);
    expect(shapes.map((s) => [s.run.id, s.d])).toEqual([
      ["a", "M0.0,8.0L1.0,2.0L2.0,0.0"],
      ["b", ""],
    ]);
  });
  it.each([
    [null, []],
    [1, [{ id: "a", color: "red", x: 1, y: 2 }]],
    [9, [{ id: "a", color: "red", x: 2, y: 0 }]],
  ] as const)("markers at step %s", (step, want) => {
    expect(runMarkers(runs, (r) => r.fs, step, id, double)).toEqual(want);
  });
});
