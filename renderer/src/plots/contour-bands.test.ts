import { describe, expect, it } from "vitest";
import { contourBands, type BandsRequest } from "./contour-bands";

const req = (over: Partial<BandsRequest> = {}): BandsRequest => ({
  x: [-2, 2],
  y: [-2, 2],
  nx: 40,
  ny: 40,
  levelCount: 10,
  levels: "auto",
  floorF: undefined,
  left: 10,
  top: 20,
  width: 400,
  height: 400,
  ...over,
});

describe("contourBands: what the worker (or the page) draws", () => {
  it("x² + y²: nested bands inside the plot area, coloured low to high, nothing undefined", () => {
    const out = contourBands((x, y) => x * x + y * y, req());
    expect(out.bands.length).toBeGreaterThan(3);
    expect(out.undefinedArea).toBe("");
    const nums = out.bands.flatMap((b) => b.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...nums)).toBeLessThanOrEqual(420);
    expect(new Set(out.bands.map((b) => b.fill)).size).toBe(out.bands.length);
  });

  it("log(x) + y: the half plane x ≤ 0 is the undefined area; the same request gives the same paths", () => {
    const f = (x: number, y: number) => (x > 0 ? Math.log(x) + y : null);
    const out = contourBands(f, req());
    expect(out.undefinedArea).not.toBe("");
    expect(contourBands(f, req())).toEqual(out);
  });
});
