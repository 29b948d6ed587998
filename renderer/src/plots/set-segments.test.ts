import { describe, expect, it } from "vitest";
import { setSegments } from "./set-segments.ts";

const point = (v: number) => ({ lo: v, hi: v, loClosed: true, hiClosed: true });

describe("a minimum set as segments on the contour map", () => {
  it.each([
    [
      "x ≤ 0, y = 0: a half-line along y = 0",
      {
        kind: "box" as const,
        parts: { x: { set: [{ lo: null, hi: 0, loClosed: false, hiClosed: true }] }, y: { set: [point(0)] } },
      },
      [{ x1: -1e4, y1: 0, x2: 0, y2: 0 }],
    ],
    [
      "x − y = 0: the line y = x",
      {
        kind: "form" as const,
        coefs: { x: 1, y: -1 },
        form: { text: "x - y", latex: "x - y" },
        values: { set: [point(0)] },
      },
      [{ x1: -1e4 / Math.SQRT2, y1: -1e4 / Math.SQRT2, x2: 1e4 / Math.SQRT2, y2: 1e4 / Math.SQRT2 }],
    ],
  ])("%s", (_, set, want) => {
    const got = setSegments(set, ["x", "y"]);
    expect(got.length).toBe(want.length);
    got.forEach((s, i) => {
      for (const k of ["x1", "y1", "x2", "y2"] as const) expect(s[k]).toBeCloseTo(want[i]![k], 6);
    });
  });

  it("a periodic form draws one line per period, x + y = −π/2 + 2kπ", () => {
    const set = {
      kind: "form" as const,
      coefs: { x: 1, y: 1 },
      form: { text: "x + y", latex: "x + y" },
      values: { set: [point(-Math.PI / 2)], period: 2 * Math.PI },
    };
    const got = setSegments(set, ["x", "y"]);
    expect(got.length).toBe(25);
    // Each is on its line: x + y is the same at both ends.
    for (const s of got) expect(s.x1 + s.y1).toBeCloseTo(s.x2 + s.y2, 6);
  });

  it("one point or every point: nothing to draw", () => {
    expect(setSegments({ kind: "everywhere" }, ["x", "y"])).toEqual([]);
    expect(
      setSegments({ kind: "box", parts: { x: { set: [point(1)] }, y: { set: [point(2)] } } }, ["x", "y"]),
    ).toEqual([]);
  });
});
