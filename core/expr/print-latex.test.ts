import { describe, expect, it } from "vitest";
import katex from "katex";
import { type Node, add, constant, div, fn, mul, neg, num, pow, sub, sym } from "./node.ts";
import { parse } from "./parser.ts";
import { identifierLatex, toLatex } from "./print-latex.ts";
import { FUNCTIONS } from "./node.ts";

const x = sym("x");
const y = sym("y");
const two = num(2);

const typed: [string, string][] = [
  ["x^2 - 4x", "x^{2} - 4x"],
  ["2x - 4", "2x - 4"],
  ["1/x", "\\frac{1}{x}"],
  ["(x+1)/(x-1)", "\\frac{x + 1}{x - 1}"],
  ["3(x+1)", "3\\left(x + 1\\right)"],
  ["(x+1)(x-1)", "\\left(x + 1\\right)\\left(x - 1\\right)"],
  ["2 sin(x)", "2\\sin\\left(x\\right)"],
  ["x y", "x y"],
  ["2*3", "2 \\cdot 3"],
  ["x*2", "x \\cdot 2"],
  ["2 * 1/x", "\\frac{2 \\cdot 1}{x}"],
  ["-x^2", "-x^{2}"],
  ["(-x)^2", "\\left(-x\\right)^{2}"],
  ["(x^2)^3", "\\left(x^{2}\\right)^{3}"],
  ["x^2^3", "x^{2^{3}}"],
  ["x^(1/2)", "x^{\\frac{1}{2}}"],
  ["(1/x)^2", "\\left(\\frac{1}{x}\\right)^{2}"],
  ["sqrt(x+1)", "\\sqrt{x + 1}"],
  ["abs(x)", "\\left|x\\right|"],
  ["sign(x)", "\\operatorname{sign}\\left(x\\right)"],
  ["sigmoid(x)", "\\operatorname{sigmoid}\\left(x\\right)"],
  ["relu(x)", "\\operatorname{relu}\\left(x\\right)"],
  ["ln(x)", "\\ln\\left(x\\right)"],
  ["asin(x)", "\\arcsin\\left(x\\right)"],
  ["exp(x)", "e^{x}"],
  ["e^x", "e^{x}"],
  ["exp(-x^2/10)", "e^{-\\frac{x^{2}}{10}}"],
  [
    "exp(sin(x) + cos(x) + tan(x))",
    "\\exp\\left(\\sin\\left(x\\right) + \\cos\\left(x\\right) + \\tan\\left(x\\right)\\right)",
  ],
  ["exp(x)^2", "\\left(e^{x}\\right)^{2}"],
  ["sin(x)^2", "\\sin^{2}\\left(x\\right)"],
  ["sin(x)^(-1)", "\\sin\\left(x\\right)^{-1}"],
  ["pi r^2", "\\pi r^{2}"],
  ["theta + alpha beta", "\\theta + \\alpha\\beta"],
  ["Omega + varphi", "\\Omega + \\varphi"],
  ["w_1 x + b", "w_{1}x + b"],
  ["beta1 + x12", "\\beta_{1} + x_{12}"],
  ["rate + x_max", "r a t e + x_{\\mathit{max}}"],
  ["__proto__", "\\mathit{\\_\\_proto\\_\\_}"],
  ["x - (y - x)", "x - \\left(y - x\\right)"],
  ["x + (y + x)", "x + y + x"],
  ["x - -2", "x - \\left(-2\\right)"],
  ["1e-7 x", "10^{-7}x"],
  ["2.5e21", "2.5 \\times 10^{21}"],
];

const built: [Node, string][] = [
  [mul(x, mul(y, x)), "x y x"],
  [neg(mul(two, x)), "-2x"],
  [neg(add(x, y)), "-\\left(x + y\\right)"],
  [mul(x, neg(y)), "x\\left(-y\\right)"],
  [mul(two, div(num(1), x)), "2 \\cdot \\frac{1}{x}"],
  [mul(div(num(1), two), x), "\\frac{1}{2}x"],
  [mul(constant("pi"), x), "\\pi x"],
  [add(x, num(-2)), "x + \\left(-2\\right)"],
  [pow(num(-2), x), "\\left(-2\\right)^{x}"],
  [div(num(-2), pow(x, two)), "-\\frac{2}{x^{2}}"],
  [div(mul(num(-2), x), y), "-\\frac{2x}{y}"],
  [div(neg(add(x, y)), two), "-\\frac{x + y}{2}"],
  [div(sub(neg(x), y), two), "\\frac{-x - y}{2}"],
  [add(x, div(num(-1), y)), "x + \\left(-\\frac{1}{y}\\right)"],
  [mul(x, div(num(-1), y)), "x\\left(-\\frac{1}{y}\\right)"],
];

describe("toLatex", () => {
  it.each(typed)("%s → %s", (input, latex) => expect(toLatex(parse(input))).toBe(latex));
  it.each(built.map(([n, s]) => [s, n] as const))("%s", (latex, node) => expect(toLatex(node)).toBe(latex));

  it("every function renders in KaTeX with trust: false, no errors", () => {
    for (const f of FUNCTIONS) {
      const tex = toLatex(parse(`${f}(x/2) + ${f}(x)^2`));
      expect(() => katex.renderToString(tex, { trust: false, throwOnError: true })).not.toThrow();
    }
  });

  it("identifiers: letters, Greek, subscripts; nothing raw", () => {
    const names = ["x", "theta", "w_1", "beta1", "x_max", "ab_c_d", "Pi", "E5", "_", "a__b", "x_"];
    for (const n of names) {
      const tex = identifierLatex(n);
      expect(() => katex.renderToString(tex, { trust: false, throwOnError: true })).not.toThrow();
    }
  });
});
