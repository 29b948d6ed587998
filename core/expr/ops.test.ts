// The rows of the operation table from cbrt to softplus, each against SymPy and PyTorch (core/fixtures, from
// scripts/oracle) and with its printed forms and its domain message; then checks that hold for every row.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, valueAndGrad } from "../diff/autodiff.ts";
import { derivative } from "../diff/derivative.ts";
import { domainError } from "../test-support/errors.ts";
import { say } from "../messages/index.ts";
import { type FnName, FUNCTIONS, fn, sym } from "./node.ts";
import { FUNCTION_NAMES, OP_LIST, spec } from "./ops.ts";
import { parseWithSpans } from "./parser.ts";
import { toLatex } from "./print-latex.ts";
import { toTorch } from "./print-python.ts";

interface Case {
  expr: string;
  points: { at: { x: number }; value: number; grad: { x: number }; sympyGrad: { x: number } }[];
}
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/expressions.json", import.meta.url), "utf8"),
) as {
  cases: Case[];
};
const near = (a: number, e: number) => Math.abs(a - e) <= 1e-12 * Math.abs(e) + 1e-14;

// f, f(x) in LaTeX, f(x) in PyTorch, a point outside the domain (or where the slope is infinite) and what the
// student is told there (NaN: defined everywhere). Values and slopes come from the fixtures, not from this table.
const ROWS: [FnName, string, string, number, string][] = [
  ["cbrt", "\\sqrt[3]{x}", "torch.sign(x)*torch.abs(x)**(1/3)", 0,
    "cbrt has no finite derivative where its argument is 0"],
  ["log10", "\\log_{10}\\left(x\\right)", "torch.log10(x)", -2,
    "log10 is only defined for positive numbers, but its argument is -2"],
  ["log2", "\\log_{2}\\left(x\\right)", "torch.log2(x)", 0,
    "log2 is only defined for positive numbers, but its argument is 0"],
  ["exp2", "2^{x}", "torch.exp2(x)", 1100, "exp2 overflowed: the result is too large to represent"],
  ["asinh", "\\operatorname{arsinh}\\left(x\\right)", "torch.asinh(x)", NaN, ""],
  ["acosh", "\\operatorname{arcosh}\\left(x\\right)", "torch.acosh(x)", 0.5,
    "acosh is only defined for numbers ≥ 1, but its argument is 0.5"],
  ["atanh", "\\operatorname{artanh}\\left(x\\right)", "torch.atanh(x)", -1,
    "atanh is only defined strictly between -1 and 1, but its argument is -1"],
  ["sech", "\\operatorname{sech}\\left(x\\right)", "1/torch.cosh(x)", NaN, ""],
  ["csch", "\\operatorname{csch}\\left(x\\right)", "1/torch.sinh(x)", 0, "csch is undefined at 0, where sinh is 0"],
  ["coth", "\\coth\\left(x\\right)", "1/torch.tanh(x)", 0, "coth is undefined at 0, where tanh is 0"],
  ["asec", "\\operatorname{arcsec}\\left(x\\right)", "torch.acos(1/x)", 0.25,
    "asec is only defined for numbers ≤ -1 or ≥ 1, but its argument is 0.25"],
  ["acsc", "\\operatorname{arccsc}\\left(x\\right)", "torch.asin(1/x)", -0.5,
    "acsc is only defined for numbers ≤ -1 or ≥ 1, but its argument is -0.5"],
  ["acot", "\\operatorname{arccot}\\left(x\\right)", "torch.atan(1/x)", 0,
    "acot has no finite derivative where its argument is 0"],
  ["softplus", "\\operatorname{softplus}\\left(x\\right)", "torch.nn.functional.softplus(x)", NaN, ""],
]; // prettier-ignore

describe.each(ROWS)("%s", (f, latex, torch, outside, message) => {
  const x = sym("x");
  const s = spec(f);
  const c = fixture.cases.find((k) => k.expr === `${f}(x)`)!;

  it("value and slope equal PyTorch's, and its derivative rule SymPy's, at the fixture's points", () => {
    expect(c.points.length).toBeGreaterThanOrEqual(2);
    const d = derivative(fn(f, x), "x");
    for (const { at, value, grad, sympyGrad } of c.points) {
      const v = s.value(at.x, 0);
      expect(near(v, value), `${f}(${at.x}) = ${v}, torch ${value}`).toBe(true);
      expect(near(s.da(at.x, 0, v), grad.x), `slope at ${at.x}`).toBe(true);
      expect(near(evaluate(d, at), sympyGrad.x), `derivative at ${at.x}`).toBe(true);
    }
  });

  it("is read by the parser and printed in LaTeX and PyTorch", () => {
    expect(FUNCTION_NAMES.get(f)).toBe(f);
    expect(toLatex(fn(f, x))).toBe(latex);
    expect(toTorch(fn(f, x))).toBe(torch);
  });

  it("its slope reads only what torch's backward saves (tensor.ts keeps that)", () => {
    for (const a of [-0.6, 0.3, 1.4, 2.2]) {
      const v = s.value(a, 0);
      if (!Number.isFinite(v)) continue;
      const slope = s.da(a, 0, v);
      if (s.saves === "inputs") expect(s.da(a, 0, NaN)).toBe(slope);
      else expect(s.da(NaN, 0, v)).toBe(slope);
    }
  });

  it.skipIf(Number.isNaN(outside))(
    "outside its domain: a domain error on the call, in English and Thai",
    () => {
      const text = `1 + ${f}(x)`;
      const { node, spans } = parseWithSpans(text);
      const e = domainError(() => valueAndGrad(node, { x: outside }, { spans }));
      expect(e.message).toBe(message);
      expect(e.span).toEqual([4, 4 + f.length + 3]);
      expect(say(e.msg!, "th")).toMatch(/[\u0E00-\u0E7F]/);
    },
  );
});

describe("every operation", () => {
  it("every function name has its row, under its own name", () => {
    for (const f of FUNCTIONS) {
      expect(spec(f).op).toBe(f);
      expect(spec(f).arity).toBe(1);
      expect(FUNCTION_NAMES.get(f)).toBe(f);
    }
    expect(OP_LIST.length).toBe(FUNCTIONS.length + 6); // add sub mul div pow neg
  });

  // A row's facts are claims about its values: checked against those values on a grid, so a wrong fact fails.
  const grid = Array.from({ length: 401 }, (_, i) => -20 + i / 10 + 0.01);
  it.each(FUNCTIONS.filter((f) => spec(f).facts?.nonNegative))("%s is never negative", (f) => {
    for (const a of grid) expect(spec(f).value(a, 0) >= 0 || Number.isNaN(spec(f).value(a, 0))).toBe(true);
  });
  it.each(FUNCTIONS.filter((f) => spec(f).facts?.period))("%s repeats with its period", (f) => {
    const P = spec(f).facts!.period! * Math.PI;
    for (const a of grid) {
      const [v, w] = [spec(f).value(a, 0), spec(f).value(a + P, 0)];
      expect(Math.abs(v - w)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(v)));
    }
  });
});
