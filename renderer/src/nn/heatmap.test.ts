import { describe, expect, it } from "vitest";
import { markerPath, regionPixels } from "./heatmap.ts";

describe("regionPixels", () => {
  it.each([
    // [probabilities of one cell, classes, what the pixel is]
    [[1, 0, 0], 3, "the first class's colour, half strength"],
    [[1 / 3, 1 / 3, 1 / 3], 3, "nearly white"],
  ] as const)("%j of %i classes: %s", (p, classes) => {
    const px = regionPixels(p, 1, classes);
    expect(px[3]).toBe(255);
    if (p[0] === 1) {
      // #0072B2 mixed half with white (a clamped array rounds halves to even)
      expect([px[0], px[1], px[2]]).toEqual([128, 184, 216]);
    } else {
      for (const v of [px[0], px[1], px[2]]) expect(v).toBeGreaterThan(225);
    }
  });

  it("an unsure cell is paler than a sure one", () => {
    const [sure, unsure] = [regionPixels([0.95, 0.05], 1, 2), regionPixels([0.55, 0.45], 1, 2)];
    const light = (px: Uint8ClampedArray) => px[0]! + px[1]! + px[2]!;
    expect(light(unsure)).toBeGreaterThan(light(sure));
  });
});

describe("markerPath", () => {
  it.each([0, 1, 2, 3])("class %i draws a closed shape", (c) => {
    expect(markerPath(c, 10, 10, 4)).toMatch(/^M.*Z$/);
  });
  it("shapes differ between classes", () => {
    expect(new Set([0, 1, 2, 3].map((c) => markerPath(c, 0, 0, 1).replace(/[-\d.,\s]/g, ""))).size).toBe(4);
  });
});
