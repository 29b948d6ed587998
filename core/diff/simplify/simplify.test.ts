import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../autodiff.ts";
import { derivative, rawDerivative } from "../derivative.ts";
import { add, countOps, mul, num, pow, sin, sym } from "../../test-support/nodes.ts";
import { parse } from "../../expr/parser.ts";
import { toText } from "../../expr/print-text.ts";
import { simplify } from "./index.ts";
import { timeLimit } from "../../test-support/time-limit.ts";

const s = (text: string) => toText(simplify(parse(text)));

describe("simplify: what a teacher writes", () => {
  it.each([
    // constants folded, no 1·, no ^1, no + 0
    ["x*x*1 + 0", "x^2"],
    ["2*x^1*1 - 4*1", "2x - 4"],
    ["0*x + 1*y", "y"],
    ["2^3", "8"],
    ["2^1000", "2^1000"],
    ["(1/2)^2", "1/4"],
    ["3*(-2)x", "-6x"],
    // like terms, descending powers, no + -
    ["x + x + x", "3x"],
    ["3x - 5x", "-2x"],
    ["x - 4 + x^2 - 3x", "x^2 - 2x - 4"],
    ["x + (-y)", "x - y"],
    ["y*x - x*y", "0"],
    ["x*y*x", "x^2 y"],
    ["-(x - 1)", "1 - x"],
    ["-(x + y)", "-x - y"],
    ["-(-x)", "x"],
    ["2(x - 3)", "2x - 6"],
    ["-2*(1 - x)", "2x - 2"],
    ["4x^3 - 4x", "4x^3 - 4x"],
    ["-x^2 + 2x", "2x - x^2"],
    // exact rationals; decimals the student typed stay decimals
    ["x/3 + x/6", "x/2"],
    ["x/2 + 1/2", "(x + 1)/2"],
    ["2x/4", "x/2"],
    ["x/(2/3)", "3x/2"],
    ["0.1x + 0.2x", "0.3x"],
    ["0.1*2*x", "0.2x"],
    ["0.1 + 0.2", "0.3"],
    // powers, fractions, roots
    ["x^(-1)", "1/x"],
    ["-1/x^2", "-1/x^2"],
    ["x^(1/2)", "sqrt(x)"],
    ["x^0.5", "sqrt(x)"],
    ["x^(-1/2)", "1/sqrt(x)"],
    ["x^1.5", "x^1.5"],
    ["1/(2*sqrt(x))*cos(x)", "cos(x)/(2 sqrt(x))"],
    ["3/(2x)", "3/(2x)"],
    ["1/(1/x)", "x"],
    ["x^2/x", "x"],
    ["x^y*x", "x^(y + 1)"],
    ["sqrt(4x)", "2 sqrt(x)"],
    ["sqrt(2)*sqrt(2)", "2"],
    ["sqrt(1/4)", "1/2"],
    ["8^(2/3)", "4"],
    ["e*e", "e^2"],
    ["pi*2*x", "2pi x"],
    // correctness first: |x|, never x
    ["sqrt(x^2)", "abs(x)"],
    ["(x^2)^(1/2)", "abs(x)"],
    ["(x^2)^(3/2)", "abs(x)^3"],
    ["(x^4)^(1/2)", "x^2"],
    ["sqrt(x)^2", "x"],
    ["(x^3)^(1/3)", "x"],
    ["log(x^2)", "log(x^2)"],
    ["(x y)^(1/2)", "sqrt(x y)"],
    ["(-8)^(1/3)", "(-8)^(1/3)"],
    // cancellation where the input is defined (x/x is 1 wherever x/x is defined), as SymPy does
    ["x/x", "1"],
    ["x^2*x^-2", "1"],
    ["((x + 1)(x - 1))/(x^2 - 1)", "1"],
    ["x/abs(x)", "sign(x)"],
    ["(x^2 - 1)/(x - 1)", "x + 1"],
    ["(3 - x^2 - 2x)/(x - 1)^4", "-(x + 3)/(x - 1)^3"],
    ["(x^3 - 1)/(x - 1)^2/(x^2 + x + 1)", "1/(x - 1)"],
    ["(x^2 + 1)/(x - 1)", "(x^2 + 1)/(x - 1)"],
    ["(-x - 1)^2", "(x + 1)^2"],
    ["(-x - 3)/(x + 3)", "-1"],
    ["(x + 3)^-1 (-x - 3)", "-1"],
    ["(-x - 3)^2/(x + 3)^2", "1"],
    // expanded or factored: fewer operations wins
    ["(x + 1)(x - 1)", "x^2 - 1"],
    ["x(x + 1) - x^2", "x"],
    ["3(x + 1)^3", "3(x + 1)^3"],
    ["(x + 1)^50", "(x + 1)^50"],
    ["200y - 200x^2", "200y - 200x^2"],
    // functions: exact values only, symmetry, inverses
    ["sin(0) + cos(0)", "1"],
    ["exp(0) + log(1)", "1"],
    ["log(e)", "1"],
    ["sin(pi) + cos(2pi)", "1"],
    ["sin(2)", "sin(2)"],
    ["sin(-x)", "-sin(x)"],
    ["cos(-2x)", "cos(2x)"],
    ["tan(-x)", "-tan(x)"],
    ["exp(log(x))", "x"],
    ["log(exp(x))", "x"],
    ["log(e^x)", "x"],
    ["e^log(x)", "x"],
    ["exp(x)*exp(x)", "exp(2x)"],
    ["exp(x)^3", "exp(3x)"],
    ["1/exp(x)", "exp(-x)"],
    ["abs(-x)", "abs(x)"],
    ["abs(3y)", "3 abs(y)"],
    ["abs(x^2)", "x^2"],
    ["abs(exp(x))", "exp(x)"],
    ["sign(-3)", "-1"],
    ["sign(-2x)", "-sign(x)"],
    ["relu(relu(x))", "relu(x)"],
    ["relu(-2)", "0"],
    ["sigmoid(0)", "1/2"],
    // a constant that cannot be folded safely is left as written
    ["1/0", "1/0"],
  ])("%s → %s", (input, expected) => {
    expect(s(input)).toBe(expected);
  });

  it("is idempotent and its text reads back as the same node", () => {
    for (const t of ["2x - 2 - 400x(y - x^2)", "cos(x)/(2 sqrt(x))", "x^2 - 4x", "(x + 1)/2", "-1/x^2"]) {
      const once = simplify(parse(t));
      expect(parse(toText(once))).toBe(once);
      expect(simplify(once)).toBe(once);
    }
  });
});

describe("derivatives in textbook form", () => {
  it.each([
    ["x^2 - 4x", "x", "2x - 4"],
    ["x^2", "x", "2x"],
    ["x^3", "x", "3x^2"],
    ["3sin(x)", "x", "3 cos(x)"],
    ["3cos(x)", "x", "-3 sin(x)"],
    ["1/x", "x", "-1/x^2"],
    ["(x + 1)/(x - 1)^2", "x", "-(x + 3)/(x - 1)^3"],
    ["1/(x(x + 1))", "x", "-(2x + 1)/(x^2(x + 1)^2)"],
    ["x/(x^2 + 1)", "x", "(1 - x^2)/(x^2 + 1)^2"],
    ["sqrt(x)", "x", "1/(2 sqrt(x))"],
    ["sin(sqrt(x))", "x", "cos(sqrt(x))/(2 sqrt(x))"],
    ["(1-x)^2 + 100(y-x^2)^2", "x", "2x - 2 - 400x(y - x^2)"],
    ["(1-x)^2 + 100(y-x^2)^2", "y", "200y - 200x^2"],
    ["sin(x)*exp(-x^2/10) + 0.1x^2", "x", "0.2x + (cos(x) - x sin(x)/5) exp(-x^2/10)"],
  ])("d/d%2$s %1$s = %3$s", (expr, v, expected) => {
    expect(toText(derivative(parse(expr), v))).toBe(expected);
  });

  it("sums of many terms stay linear: Σ sin(kx)/k for k = 1..200", () => {
    let f = parse("sin(x)");
    for (let k = 2; k <= 200; k++) f = add(f, parse(`sin(${k}x)/${k}`));
    const d = derivative(f, "x");
    const text = toText(d);
    expect(text.startsWith("cos(x) + cos(2x) + cos(3x)")).toBe(true);
    expect(text.endsWith("+ cos(200x)")).toBe(true);
  });
});

describe("bounded", () => {
  it("a shared DAG whose tree is 2^60 terms: linear work, exact weight", () => {
    let e = sym("x") as ReturnType<typeof sym> | ReturnType<typeof add>;
    for (let i = 0; i < 60; i++) e = add(e, e);
    expect(toText(simplify(e))).toBe(`${2 ** 60}x`);
  });
  it("a power tower 3000 deep and a product chain 5000 long do not overflow the stack", () => {
    let t = sym("x") as ReturnType<typeof sym> | ReturnType<typeof pow>;
    for (let i = 0; i < 3000; i++) t = pow(sym("x"), t);
    expect(countOps(simplify(t))).toBe(3000);
    let m = sym("x") as ReturnType<typeof sym> | ReturnType<typeof mul>;
    for (let i = 0; i < 5000; i++) m = mul(m, sin(num(i + 1)));
    expect(simplify(m).kind).toBe("apply");
  });
  it("(x + 1)^50 · (x - 1)^50 and a 200-term polynomial stay fast", () => {
    const t0 = performance.now();
    simplify(parse("(x + 1)^50 (x - 1)^50 + (x + 2)^8 (x - 3)^8"));
    simplify(parse(Array.from({ length: 200 }, (_, k) => `${k + 1}x^${k}`).join(" + ")));
    expect(performance.now() - t0).toBeLessThan(timeLimit(1000));
  });
});

describe("no more operations than SymPy's diff (fixtures from scripts/oracle)", () => {
  it("on at least 90% of the fixture derivatives", () => {
    const cases = JSON.parse(
      readFileSync(new URL("../../fixtures/expressions.json", import.meta.url), "utf8"),
    ).cases as { expr: string; derivatives: Record<string, string> }[];
    let total = 0;
    let ok = 0;
    for (const c of cases) {
      let f;
      try {
        f = parse(c.expr);
      } catch {
        continue; // a fixture our grammar reads differently is the parser's business, not this count's
      }
      for (const [v, text] of Object.entries(c.derivatives)) {
        total++;
        if (countOps(derivative(f, v)) <= countOps(parse(text))) ok++;
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(ok / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe("bounded on derivatives that grow", () => {
  it.each([
    ["a product of 30 linear factors", Array.from({ length: 30 }, (_, i) => `(x+${i + 1})`).join("")],
    ["a product of 50 sines", Array.from({ length: 50 }, (_, i) => `sin(${i + 1}x + y)`).join(" * ")],
    [
      "a 300-term polynomial in two variables",
      Array.from({ length: 300 }, (_, i) => `${i}x^${i % 7}y^${i % 5}`).join(" + "),
    ],
    ["sin nested 100 deep", "sin(".repeat(100) + "x" + ")".repeat(100)],
  ])("%s: under 2 s, and the same value", (_, text) => {
    const f = parse(text);
    const t0 = performance.now();
    const d = derivative(f, "x");
    expect(performance.now() - t0).toBeLessThan(timeLimit(2000));
    const raw = rawDerivative(f, "x");
    const at = { x: 0.37, y: -0.21 };
    const want = evaluate(raw, at);
    expect(Math.abs(evaluate(d, at) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
  });
});
