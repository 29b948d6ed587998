import { describe, it, expect } from "vitest";
import { contourColor, dashBackground, runColor, runDash, runPalette } from "./palette";

describe("runColor / runDash", () => {
  it("cycles through the palette, negative indices too", () => {
    expect(runColor(0)).toBe(runPalette[0]);
    expect(runColor(runPalette.length)).toBe(runPalette[0]);
    expect(runColor(-1)).toBe(runPalette[runPalette.length - 1]);
  });
  it("the first run is solid, the next ones dashed", () => {
    expect(runDash(0)).toBe("");
    expect(runDash(1)).not.toBe("");
  });
  it("colours are distinct and none is a pale yellow", () => {
    expect(new Set(runPalette).size).toBe(runPalette.length);
    expect(runPalette).not.toContain("#F0E442");
  });
});

describe("contourColor", () => {
  it("is a colour at both ends and for bad input", () => {
    for (const t of [0, 0.5, 1, -1, 2, NaN]) expect(contourColor(t)).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
  });
  it("gets darker uphill", () => {
    const lum = (c: string) =>
      c
        .match(/\d+/g)!
        .map(Number)
        .reduce((a, b) => a + b, 0);
    expect(lum(contourColor(0))).toBeGreaterThan(lum(contourColor(0.5)));
    expect(lum(contourColor(0.5))).toBeGreaterThan(lum(contourColor(1)));
  });
});

describe("dashBackground", () => {
  const cases: Array<[string | undefined, string]> = [
    [undefined, "#000"],
    ["", "#000"],
    ["0 0", "#000"],
    ["8 4", "repeating-linear-gradient(90deg, #000 0px 8px, transparent 8px 12px)"],
    ["2,4", "repeating-linear-gradient(90deg, #000 0px 2px, transparent 2px 6px)"],
    ["5", "repeating-linear-gradient(90deg, #000 0px 5px, transparent 5px 10px)"],
    [
      "10 3 2 3",
      "repeating-linear-gradient(90deg, #000 0px 10px, transparent 10px 13px, #000 13px 15px, transparent 15px 18px)",
    ],
  ];
  for (const [dash, want] of cases) it(`"${dash}"`, () => expect(dashBackground("#000", dash)).toBe(want));
});
