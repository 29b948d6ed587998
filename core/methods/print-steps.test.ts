import { describe, expect, it } from "vitest";
import { msg } from "../messages/index.ts";
import { parse } from "../expr/parser.ts";
import { printMaths, SYMBOL, type Maths } from "./print-maths.ts";
import { printStep, printStepsAll, type StepData } from "./print-steps.ts";
import { Rational } from "../exact/rational.ts";

const half = Rational.of(1n, 2n);

describe("printMaths: one piece, two spellings", () => {
  it.each<[string, Maths, string, string]>([
    ["string", " = ", " = ", " = "],
    ["variable", { v: "theta" }, "theta", "\\theta"],
    ["node", { node: parse("sqrt(x)/2") }, "sqrt(x)/2", "\\frac{\\sqrt{x}}{2}"],
    ["rational", { q: half }, "1/2", "\\frac{1}{2}"],
    ["number", { num: 1.5e-7 }, "1.5e-7", "1.5 \\times 10^{-7}"],
    ["number to 6 digits", { num: 1 / 3, digits: 6 }, "0.333333", "0.333333"],
    ["multiple of π", { pi: Rational.of(-1n, 2n) }, "-π/2", "-\\frac{\\pi}{2}"],
    ["k times a period", { pi: Rational.of(3n, 4n), k: true }, "3kπ/4", "\\frac{3k\\pi}{4}"],
    ["whole period", { pi: Rational.of(2n), k: true }, "2kπ", "2k\\pi"],
    [
      "matrix",
      {
        matrix: [
          [2, -0.5],
          [1e-21, 1 / 3],
        ],
        digits: 6,
      },
      "[2, -0.5; 1e-21, 0.333333]",
      "\\begin{pmatrix} 2 & -0.5 \\\\ 1 \\times 10^{-21} & 0.333333 \\end{pmatrix}",
    ],
    ["symbol", [{ v: "x" }, SYMBOL.le, "0"], "x ≤ 0", "x \\le 0"],
    [
      "set",
      { set: [{ lo: null, hi: 0, loClosed: false, hiClosed: true }] },
      "(−∞, 0]",
      "\\left(-\\infty, 0\\right]",
    ],
    ["empty set (f real only at isolated points)", { set: [] }, "∅", "\\varnothing"],
    [
      "terms",
      {
        terms: [
          { coef: half, body: { v: "x" } },
          { coef: Rational.of(-3n), body: null },
        ],
      },
      "(1/2)x - 3",
      "\\frac{1}{2}x - 3",
    ],
    ["spelled", { text: "->", latex: "\\to" }, "->", "\\to"],
    ["sequence", ["f(", { v: "alpha" }, ")"], "f(alpha)", "f(\\alpha)"],
  ])("%s", (_, m, text, latex) => {
    expect(printMaths(m, "text")).toBe(text);
    expect(printMaths(m, "latex")).toBe(latex);
  });
});

describe("printStep: data in, the line in text, LaTeX and a language out", () => {
  const formula: StepData = { shows: ["= ", { q: half }], note: msg("cf.asGiven") };
  it("maths is both lines; the note is said in the language", () => {
    expect(printStep(formula)).toEqual({
      text: "= 1/2",
      latex: "= \\frac{1}{2}",
      note: "As given; expand it.",
    });
    const th = printStep(formula, "th");
    expect(th.latex).toBe("= \\frac{1}{2}");
    expect(th.note).toMatch(/[\u0E00-\u0E7F]/);
  });
  it("a sentence replaces the plain line; the board keeps the maths", () => {
    const s: StepData = { shows: { q: half }, says: msg("cf.linearNote") };
    expect(printStep(s)).toEqual({
      text: printStep({ shows: "", says: msg("cf.linearNote") }).text,
      latex: "\\frac{1}{2}",
    });
    expect(Object.keys(printStep(s))).toEqual(["text", "latex"]);
  });

  it("the panels' copy marks a plain line that is a sentence; an ASCII copy of the formula is not marked", () => {
    const [said] = printStepsAll([{ shows: { q: half }, says: msg("cf.linearNote") }]);
    expect([said!.en.sentence, said!.th.sentence]).toEqual([true, true]);
    const [maths] = printStepsAll([{ shows: { q: half } }]);
    expect(maths!.en.sentence).toBeUndefined();
  });
});
