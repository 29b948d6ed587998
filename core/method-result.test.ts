import { describe, expect, it } from "vitest";
import katex from "katex";
import { fmt, fmtTex } from "./method-result.ts";

describe("numbers for the board", () => {
  it.each([
    [2, "2"],
    [-4, "-4"],
    [-0, "0"],
    [0.1 + 0.2, "0.3"],
    [1.9032122291e-21, "1.903212229 \\times 10^{-21}"],
    [6.02e23, "6.02 \\times 10^{23}"],
  ])("fmtTex(%s) = %s", (x, tex) => {
    expect(fmtTex(x)).toBe(tex);
  });

  it.each([1.9032122291e-21, 6.02e23, -3.5e-9, 123.25])(
    "fmtTex(%s) typesets without a stray 'e' and reads as the same number",
    (x) => {
      const mathml = katex.renderToString(fmtTex(x), { output: "mathml", throwOnError: true });
      expect(mathml).not.toMatch(/<mi>e<\/mi>/);
      expect(Number(fmt(x))).toBeCloseTo(x, 10);
    },
  );
});
