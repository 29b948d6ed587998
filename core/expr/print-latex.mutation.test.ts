// LaTeX where `npm run mutation core/expr/print-latex.ts` found it loose: what each printed piece tells its
// neighbours (a superscript needs brackets as a base, a nested e^{…} becomes \exp, a leading minus moves out of a
// fraction, the first and last characters decide spacing), zero, and identifiers with odd underscores or digits.
import { describe, expect, it } from "vitest";
import { add, div, fn, mul, neg, num, pow, sub, sym, type Node } from "./node.ts";
import { identifierLatex, toLatex } from "./print-latex.ts";

const x = sym("x");
const y = sym("y");
const z = sym("z");

describe("toLatex: what a piece tells its neighbours", () => {
  it.each<[string, Node, string]>([
    ["e^x as a base is bracketed", pow(fn("exp", x), num(2)), "\\left(e^{x}\\right)^{2}"],
    ["2^x as a base is bracketed", pow(fn("exp2", x), num(2)), "\\left(2^{x}\\right)^{2}"],
    [
      "sin² as a base is bracketed",
      pow(pow(fn("sin", x), num(2)), num(3)),
      "\\left(\\sin^{2}\\left(x\\right)\\right)^{3}",
    ],
    ["sin to the 0 is not written sin⁰", pow(fn("sin", x), num(0)), "\\sin\\left(x\\right)^{0}"],
    ["e^(e^x) becomes \\exp", fn("exp", fn("exp", x)), "\\exp\\left(e^{x}\\right)"],
    [
      "a nested e^x deep inside still makes \\exp",
      fn("exp", fn("sin", fn("exp", x))),
      "\\exp\\left(\\sin\\left(e^{x}\\right)\\right)",
    ],
    ["a sum starting with a minus is bracketed after +", add(x, sub(neg(y), z)), "x + \\left(-y - z\\right)"],
    ["a product ending in a digit sits tight against a letter", mul(mul(y, num(2)), x), "y \\cdot 2x"],
    ["the minus of −x·y moves out of the fraction", div(mul(neg(x), y), z), "-\\frac{x y}{z}"],
    ["so does the minus of −2", div(num(-2), x), "-\\frac{2}{x}"],
    ["zero has no sign", num(0), "0"],
  ])("%s", (_, n, latex) => expect(toLatex(n)).toBe(latex));
});

describe("identifierLatex: underscores and digits", () => {
  it.each<[string, string]>([
    ["x_", "\\mathit{x\\_}"],
    ["_x1", "\\mathit{\\_x1}"],
    ["x1_", "\\mathit{x1\\_}"],
    ["w_1_2", "w_{1,2}"],
    ["w_1a", "w_{\\mathit{1a}}"],
    ["w_a1", "w_{\\mathit{a1}}"],
  ])("%s → %s", (name, latex) => expect(identifierLatex(name)).toBe(latex));
});
