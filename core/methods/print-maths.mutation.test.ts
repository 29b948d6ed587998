// The maths pieces' two spellings (print-maths.ts), pinned where `npm run mutation core/methods/print-maths.ts`
// found them loose: the pieces print-steps.test.ts does not print (a polynomial, a coefficient, a signed term, π's
// multiples with and without k, sets of points and unions, ∂f/∂x, a limit, cases, a point), and what is not maths.
// Like the printers' own tests, the expected lines are the notation itself.
import { describe, expect, it } from "vitest";
import { Rational } from "../exact/rational.ts";
import { Poly } from "../exact/polynomial.ts";
import {
  cases,
  CLOSE,
  joined,
  limit,
  OPEN,
  partial,
  printMaths,
  setMaths,
  setText,
  spelled,
  SYMBOL,
  tuple,
  type Maths,
} from "./print-maths.ts";
import type { Interval } from "./result.ts";

const q = (n: number, d = 1) => Rational.of(n, d);
const iv = (lo: number | null, hi: number | null, loClosed: boolean, hiClosed: boolean): Interval => ({
  lo,
  hi,
  loClosed,
  hiClosed,
});

describe("printMaths: the pieces, each both ways", () => {
  const poly = Poly.fromTerms(
    ["x", "y"],
    [
      [[2, 0], q(1, 2)],
      [[0, 1], q(-3)],
    ],
  );
  it.each<[string, Maths, string, string]>([
    ["a polynomial", { poly }, poly.toText(), poly.toLatex()],
    ["coefficient 1: nothing", { coef: q(1) }, "", ""],
    ["coefficient −1: a minus", { coef: q(-1) }, "-", "-"],
    ["an integer coefficient", { coef: q(-3) }, "-3", "-3"],
    ["a fraction: bracketed in text", { coef: q(2, 3) }, "(2/3)", "\\frac{2}{3}"],
    ["a negative fraction", { coef: q(-2, 3) }, "(-2/3)", "-\\frac{2}{3}"],
    ["signed, positive", { signed: { q: q(2) } }, " + 2", " + 2"],
    ["signed, negative: the minus moves out", { signed: { q: q(-5, 2) } }, " - 5/2", " - \\frac{5}{2}"],
    ["signed, a leading minus in a piece", { signed: ["-", { v: "x" }] }, " - x", " - x"],
    ["π", { pi: q(1) }, "π", "\\pi"],
    ["−π", { pi: q(-1) }, "-π", "-\\pi"],
    ["3π", { pi: q(3) }, "3π", "3\\pi"],
    ["π/4", { pi: q(1, 4) }, "π/4", "\\frac{\\pi}{4}"],
    ["−3π/4", { pi: q(-3, 4) }, "-3π/4", "-\\frac{3\\pi}{4}"],
    ["kπ", { pi: q(1), k: true }, "kπ", "k\\pi"],
    ["−kπ/2", { pi: q(-1, 2), k: true }, "-kπ/2", "-\\frac{k\\pi}{2}"],
    [
      "a matrix to 10 digits",
      { matrix: [[1 / 3]] },
      "[0.3333333333]",
      "\\begin{pmatrix} 0.3333333333 \\end{pmatrix}",
    ],
    ["a number to 10 digits", { num: 2 / 3 }, "0.6666666667", "0.6666666667"],
    ["a large number in LaTeX", { num: 3.5e12, digits: 3 }, "3.5e+12", "3.5 \\times 10^{12}"],
    [
      "terms with a body and without",
      {
        terms: [
          { coef: q(-1), body: { v: "y" } },
          { coef: q(2), body: null },
        ],
      },
      "-y + 2",
      "-y + 2",
    ],
    ["brackets", [OPEN, "x", CLOSE], "(x)", "\\left(x\\right)"],
    ["nested sequences", [["a", ["b"]], "c"], "abc", "abc"],
    ["an empty sequence", [], "", ""],
  ])("%s", (_, m, text, latex) => {
    expect(printMaths(m, "text")).toBe(text);
    expect(printMaths(m, "latex")).toBe(latex);
  });

  it("anything else is not maths", () => {
    expect(() => printMaths({ nothing: 1 } as unknown as Maths, "text")).toThrow('not maths: {"nothing":1}');
  });
});

describe("sets: points, intervals, unions, ∅", () => {
  it.each<[string, Interval[], string, string]>([
    ["a single point", [iv(2, 2, true, true)], "{2}", "\\{2\\}"],
    ["a closed interval", [iv(-1, 1, true, true)], "[-1, 1]", "\\left[-1, 1\\right]"],
    ["open ends", [iv(-1, 1, false, false)], "(-1, 1)", "\\left(-1, 1\\right)"],
    ["half-open", [iv(0, 1, true, false)], "[0, 1)", "\\left[0, 1\\right)"],
    ["to +∞", [iv(3, null, true, false)], "[3, ∞)", "\\left[3, \\infty\\right)"],
    [
      "a union",
      [iv(null, -1, false, true), iv(1, null, false, false), iv(5, 5, true, true)],
      "(−∞, -1] ∪ (1, ∞) ∪ {5}",
      "\\left(-\\infty, -1\\right] \\cup \\left(1, \\infty\\right) \\cup \\{5\\}",
    ],
  ])("%s", (_, set, text, latex) => {
    expect(setText(set)).toStrictEqual({ text, latex });
  });

  it("ends written by the caller: a periodic set's multiples of π", () => {
    const end = (v: number): Maths => ({ pi: Rational.of(Math.round((4 * v) / Math.PI), 4) });
    expect(spelled(setMaths([iv(-Math.PI / 2, -Math.PI / 2, true, true)], end))).toStrictEqual({
      text: "{-π/2}",
      latex: "\\{-\\frac{\\pi}{2}\\}",
    });
    expect(printMaths(setMaths([iv(0, Math.PI / 4, true, false)], end), "text")).toBe("[0π, π/4)");
  });
});

describe("the board's shapes", () => {
  it.each<[string, Maths, string, string]>([
    ["∂f/∂x", partial("theta"), "df/dtheta", "\\frac{\\partial f}{\\partial \\theta}"],
    [
      "a limit",
      limit({ v: "x" }, SYMBOL.minusInfinity, SYMBOL.plusInfinity),
      "lim(x → −∞) f = +∞",
      "\\lim_{x \\to -\\infty} f = +\\infty",
    ],
    [
      "cases",
      cases([
        ["x", " = 0"],
        ["y", " = 1"],
      ]),
      "x = 0, y = 1",
      "\\begin{cases} x = 0 \\\\ y = 1 \\end{cases}",
    ],
    ["one case", cases([["x", " = 0"]]), "x = 0", "\\begin{cases} x = 0 \\end{cases}"],
    ["a point", tuple([1, -0.5, 1e-7]), "(1, -0.5, 1e-7)", "(1, -0.5, 1 \\times 10^{-7})"],
    ["an empty point", tuple([]), "()", "()"],
    ["joined", joined(["a", "b", "c"], SYMBOL.listSep), "a, b, c", "a,\\quad b,\\quad c"],
    ["joined, one item", joined(["a"], ", "), "a", "a"],
    [
      "every k",
      [{ v: "x" }, " = ", { pi: q(2), k: true }, SYMBOL.everyK],
      "x = 2kπ, k ∈ ℤ",
      "x = 2k\\pi,\\ k \\in \\mathbb{Z}",
    ],
  ])("%s", (_, m, text, latex) => {
    expect(spelled(m)).toStrictEqual({ text, latex });
  });

  it("every symbol has its two spellings", () => {
    const table = Object.fromEntries(Object.entries(SYMBOL).map(([k, v]) => [k, spelled(v)]));
    expect(table).toStrictEqual({
      approx: { text: " ≈ ", latex: " \\approx " },
      ne: { text: " ≠ ", latex: " \\ne " },
      le: { text: " ≤ ", latex: " \\le " },
      ge: { text: " ≥ ", latex: " \\ge " },
      in: { text: " ∈ ", latex: " \\in " },
      pm: { text: " ± ", latex: " \\pm " },
      pmSign: { text: "±", latex: "\\pm " },
      cup: { text: " ∪ ", latex: " \\cup " },
      emptySet: { text: "∅", latex: "\\varnothing" },
      openBrace: { text: "{", latex: "\\{" },
      closeBrace: { text: "}", latex: "\\}" },
      openSquare: { text: "[", latex: "\\left[" },
      closeSquare: { text: "]", latex: "\\right]" },
      nabla: { text: "∇", latex: "\\nabla " },
      to: { text: " → ", latex: " \\to " },
      min: { text: "min ", latex: "\\min " },
      listSep: { text: ", ", latex: ",\\quad " },
      thinSep: { text: ", ", latex: ",\\ " },
      everyK: { text: ", k ∈ ℤ", latex: ",\\ k \\in \\mathbb{Z}" },
      k: { text: "k", latex: "\\,k" },
      minusInfinity: { text: "−∞", latex: "-\\infty" },
      plusInfinity: { text: "+∞", latex: "+\\infty" },
      infinity: { text: "∞", latex: "\\infty" },
      pmInfinity: { text: "±∞", latex: "\\pm\\infty" },
    });
  });
});
