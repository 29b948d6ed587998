import { describe, it, expect } from "vitest";
import { decimateMinMax, decimatePixels } from "./decimate";

describe("decimatePixels", () => {
  const cases: Array<{
    name: string;
    px: number[];
    py: number[];
    minDist?: number;
    max?: number;
    want: number[];
  }> = [
    { name: "empty", px: [], py: [], want: [] },
    { name: "one point", px: [5], py: [5], want: [0] },
    { name: "far apart points all kept", px: [0, 10, 20], py: [0, 0, 0], want: [0, 1, 2] },
    { name: "close points dropped, last kept", px: [0, 0.1, 0.2, 0.3, 5], py: [0, 0, 0, 0, 0], want: [0, 4] },
    {
      name: "distance is from the last kept point",
      px: [0, 0.5, 1, 1.5, 2],
      py: [0, 0, 0, 0, 0],
      minDist: 0.75,
      want: [0, 2, 4],
    },
    {
      name: "stride when still too many",
      px: [0, 10, 20, 30, 40],
      py: [0, 0, 0, 0, 0],
      max: 3,
      want: [0, 2, 4],
    },
  ];
  for (const c of cases)
    it(c.name, () => expect(decimatePixels(c.px, c.py, c.minDist, c.max)).toEqual(c.want));

  it("a 10,000-step converging run shrinks to at most 2,000 points, ends intact", () => {
    // x_k of gradient descent on x² − 4x from 10 with lr 0.02: x_k = 2 + 8·0.96^k.
    const n = 10_000;
    const px = Array.from({ length: n }, (_, k) => 100 * (2 + 8 * 0.96 ** k));
    const py = px.map((x) => 300 - x / 10);
    const keep = decimatePixels(px, py);
    expect(keep.length).toBeLessThanOrEqual(2000);
    expect(keep[0]).toBe(0);
    expect(keep[keep.length - 1]).toBe(n - 1);
    expect(keep.length).toBeLessThan(300); // the tail piles up on one pixel
  });

  it("a 10,000-point zigzag is capped at max", () => {
    const n = 10_000;
    const px = Array.from({ length: n }, (_, k) => (k % 2) * 100);
    const keep = decimatePixels(px, px, 0.75, 2000);
    expect(keep.length).toBe(2000);
    expect(keep[1999]).toBe(n - 1);
  });
});

describe("decimateMinMax", () => {
  it("short series are untouched", () => expect(decimateMinMax([3, 1, 2], 10)).toEqual([0, 1, 2]));
  it("keeps each bucket's first, min, max and last, ascending", () => {
    const values = Array.from({ length: 100 }, (_, i) => (i === 37 ? 1000 : i === 62 ? -1000 : 0));
    const keep = decimateMinMax(values, 4);
    expect(keep).toContain(37);
    expect(keep).toContain(62);
    expect(keep[0]).toBe(0);
    expect(keep[keep.length - 1]).toBe(99);
    expect([...keep].sort((a, b) => a - b)).toEqual(keep);
    expect(keep.length).toBeLessThanOrEqual(16);
  });
  it("10,000 values into 500 buckets: at most 2,000 points", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => Math.exp(-i / 100) + (i % 7) * 1e-3);
    expect(decimateMinMax(values, 500).length).toBeLessThanOrEqual(2000);
  });
});
