import { describe, expect, it } from "vitest";
import katex from "katex";
import { distanceToSet, fmt, fmtTex, inInterval, type Interval } from "./result.ts";
import { setText } from "./print-maths.ts";

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

  // The switch to powers of ten at 10⁹ (to 6 digits: at 10 digits 10⁹ prints whole either way) and below 10⁻⁶, met
  // with equality on each side; 0 below 10⁻³⁰⁰.
  it.each<[number, number, string]>([
    [1e9, 6, "1e+9"],
    [-1e9, 6, "-1e+9"],
    [999999999, 10, "999999999"],
    [1e-6, 10, "0.000001"],
    [9.99e-7, 10, "9.99e-7"],
    [1e-300, 10, "1e-300"],
    [-5e-301, 10, "0"],
  ])("fmt(%s, %d) = %s", (x, digits, text) => {
    expect(fmt(x, digits)).toBe(text);
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

describe("sets of minimisers", () => {
  const iv = (
    lo: number | null,
    hi: number | null,
    loClosed = lo !== null,
    hiClosed = hi !== null,
  ): Interval => ({
    lo,
    hi,
    loClosed,
    hiClosed,
  });
  it.each<[Interval[], string, string]>([
    [[iv(null, 0)], "(−∞, 0]", "\\left(-\\infty, 0\\right]"],
    [[iv(-1, 1)], "[-1, 1]", "\\left[-1, 1\\right]"],
    [
      [iv(null, 0, false, false), iv(0, null, false, false)],
      "(−∞, 0) ∪ (0, ∞)",
      "\\left(-\\infty, 0\\right) \\cup \\left(0, \\infty\\right)",
    ],
    [[iv(2, 2)], "{2}", "\\{2\\}"],
  ])("%j → %s", (set, text, latex) => {
    expect(setText(set)).toEqual({ text, latex });
    katex.renderToString(latex, { throwOnError: true });
  });

  it.each<[number, Interval, boolean, number]>([
    [0, iv(null, 0), true, 0],
    [0, iv(null, 0, false, false), false, 0],
    [-5, iv(-1, 1), false, 4],
    [3, iv(-1, 1), false, 2],
    [1e300, iv(0, null), true, 0],
    [0, iv(0, 1, false, true), false, 0],
    [0.5, iv(0, 1, false, true), true, 0],
    [0.5, iv(0, 1, true, false), true, 0],
    [1, iv(0, 1, true, false), false, 0],
  ])("%d against %j: inside %s, distance %d", (t, s, inside, d) => {
    expect(inInterval(t, s)).toBe(inside);
    expect(distanceToSet(t, [s])).toBe(d);
  });
});
