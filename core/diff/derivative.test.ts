// Derivative properties (fast-check, 10^4 cases each): the symbolic derivative (raw and simplified), the
// reverse-mode gradient, the compiled tape and central differences agree on generated expressions.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, evaluate, valueAndGrad } from "./autodiff.ts";
import { derivative, rawDerivative } from "./derivative.ts";
import { DescentError } from "../expr/errors.ts";
import { type Node, apply, constant, neg, num, sym, topoOrder, variables } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";
import { toLatex } from "../expr/print-latex.ts";
import { toText } from "../expr/print-text.ts";

const RUNS = 10_000;

// Smooth expressions of x and y on a domain where everything is defined (positive arguments for log/sqrt).
const smallNum = fc.integer({ min: -5, max: 5 }).map((v) => num(v));
const smooth: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.oneof(smallNum, fc.constantFrom(sym("x"), sym("y"), constant("pi"))),
    fc
      .tuple(fc.constantFrom("add", "sub", "mul"), tie("node"), tie("node"))
      .map(([op, a, b]) => apply(op, [a, b])),
    fc
      .tuple(tie("node"), tie("node"))
      .map(([a, b]) => apply("div", [a, apply("add", [num(2), apply("mul", [b, b])])])),
    fc.tuple(tie("node"), fc.integer({ min: 0, max: 3 })).map(([a, k]) => apply("pow", [a, num(k)])),
    tie("node").map((a) => neg(a)),
    fc
      .tuple(fc.constantFrom("sin", "cos", "atan", "tanh", "sigmoid", "exp", "sinh"), tie("node"))
      .map(([f, a]) => apply(f, [apply("div", [a, num(8)])])),
    fc
      .tuple(fc.constantFrom("log", "sqrt"), tie("node"))
      .map(([f, a]) => apply(f, [apply("add", [num(1), apply("mul", [a, a])])])),
  ),
})).node;
// Half of what `smooth` draws has no variable at all (a constant's derivative checks nothing): every case must
// contain a variable to differentiate by (the properties below take d/dv for each v it contains).
const withVariable = smooth.filter((n) => variables(n).length > 0);
const point = fc.record({
  x: fc.double({ min: -2, max: 2, noNaN: true }),
  y: fc.double({ min: -2, max: 2, noNaN: true }),
});

describe("derivatives agree", () => {
  it("reverse mode = compiled tape = raw symbolic derivative = simplified derivative", () => {
    fc.assert(
      fc.property(withVariable, point, (n, at) => {
        let vg: ReturnType<typeof valueAndGrad>;
        try {
          vg = valueAndGrad(n, at);
        } catch (e) {
          if (e instanceof DescentError && e.code === "domain") return; // overflow of a deep exp tower
          throw e;
        }
        const vars = variables(n);
        const c = compile(n, vars);
        const g = new Float64Array(vars.length);
        expect(
          c.valueAndGrad(
            vars.map((v) => at[v as "x" | "y"]),
            g,
          ),
        ).toBe(vg.value);
        vars.forEach((v, i) => expect(g[i]).toBe(vg.grad[v]));
        for (const v of vars) {
          const want = vg.grad[v]!;
          const tol = 1e-9 * Math.max(1, Math.abs(want));
          expect(
            Math.abs(evaluate(rawDerivative(n, v), at) - want),
            `raw d/d${v} ${toText(n)}`,
          ).toBeLessThanOrEqual(tol);
          expect(Math.abs(evaluate(derivative(n, v), at) - want), `d/d${v} ${toText(n)}`).toBeLessThanOrEqual(
            tol,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("reverse mode = central differences", () => {
    fc.assert(
      fc.property(withVariable, point, (n, at) => {
        let grad: Record<string, number>;
        try {
          grad = valueAndGrad(n, at).grad;
        } catch {
          return;
        }
        for (const v of variables(n)) {
          const h = 1e-5;
          const f = (d: number) => evaluate(n, { ...at, [v]: at[v as "x" | "y"] + d });
          const central = (step: number) => (f(step) - f(-step)) / (2 * step);
          const fd = central(h);
          // Central differences are only O(h²)-accurate, and h² f‴/6 can be large ((−125x)³ at 0): halving h
          // estimates that truncation error, which the tolerance then allows for; rounding error scales with f.
          const truncation = Math.abs(fd - central(h / 2));
          const scale = Math.max(1, Math.abs(f(0)), Math.abs(grad[v]!));
          expect(
            Math.abs(fd - grad[v]!),
            `d/d${v} ${toText(n)} at ${JSON.stringify(at)}`,
          ).toBeLessThanOrEqual(1e-4 * scale + 2 * truncation);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// One row per operation: its rule (ops.ts), checked against reverse mode at points inside its domain.
const ruleRows: [string, number[]][] = [
  ["x + y^2", [0.3, -1.2]],
  ["x - y^2", [0.3, -1.2]],
  ["x^2 y", [0.3, -1.2]],
  ["x/y", [0.3, -1.2]],
  ["x^y", [1.3, -1.2]],
  ["y^3", [0.3, -1.2]],
  ["2^x", [0.3, 2]],
  ["e^x", [0.3, 2]],
  ["x^0", [0, 2]],
  ["0^x", [0.5, 2]],
  ["-x y", [0.3, -1.2]],
  ["sin(x y)", [0.3, -1.2]],
  ["cos(x y)", [0.3, -1.2]],
  ["tan(x y)", [0.3, -1.2]],
  ["sec(x y)", [0.3, -1.2]],
  ["csc(x y)", [0.3, -1.2]],
  ["cot(x y)", [0.3, -1.2]],
  ["asin(x y)", [0.3, -1.2]],
  ["acos(x y)", [0.3, -1.2]],
  ["atan(x y)", [0.3, -1.2]],
  ["sinh(x y)", [0.3, -1.2]],
  ["cosh(x y)", [0.3, -1.2]],
  ["tanh(x y)", [0.3, -1.2]],
  ["exp(x y)", [0.3, -1.2]],
  ["log(x y)", [-0.3, -1.2]],
  ["sqrt(x y)", [-0.3, -1.2]],
  ["abs(x y)", [0.3, -1.2]],
  ["sign(x y)", [0.3, -1.2]],
  ["sigmoid(x y)", [0.3, -1.2]],
  ["relu(x y)", [0.3, -1.2]],
  ["relu(x y)", [-0.3, -1.2]],
];

describe("each operation's derivative rule", () => {
  it.each(ruleRows)("%s at %j", (expr, [xv, yv]) => {
    const n = parse(expr);
    const at = { x: xv!, y: yv! };
    const { grad } = valueAndGrad(n, at);
    for (const v of variables(n)) {
      const tol = 1e-12 * Math.max(1, Math.abs(grad[v]!));
      expect(Math.abs(evaluate(rawDerivative(n, v), at) - grad[v]!)).toBeLessThanOrEqual(tol);
      expect(Math.abs(evaluate(derivative(n, v), at) - grad[v]!)).toBeLessThanOrEqual(tol);
    }
  });

  it("textbook rules, before simplification", () => {
    expect(toText(rawDerivative(parse("sin(x)"), "x"))).toBe("cos(x)");
    expect(toText(rawDerivative(parse("log(x)"), "x"))).toBe("1/x");
    expect(toText(rawDerivative(parse("x^3"), "x"))).toBe("3x^2");
    expect(toText(rawDerivative(parse("y^2"), "x"))).toBe("0");
    expect(toText(rawDerivative(parse("sin(x^2)"), "x"))).toBe("cos(x^2)(2x^1)");
  });

  it("textbook form after simplification", () => {
    expect(toText(derivative(parse("x^2 - 4x"), "x"))).toBe("2x - 4");
    expect(toText(derivative(parse("y^2"), "x"))).toBe("0");
  });

  it("a shared subexpression is differentiated once (the result is a DAG, not a tree)", () => {
    // 60 nested levels of u → u^2 + u: as a tree the derivative would have about 2^60 nodes
    let n: Node = sym("x");
    for (let i = 0; i < 60; i++) n = apply("add", [apply("pow", [n, num(2)]), n]);
    const d = rawDerivative(n, "x");
    expect(topoOrder(d).length).toBeLessThan(1000);
    const at = { x: 1e-30 };
    expect(evaluate(d, at)).toBe(valueAndGrad(n, at).grad.x);
  });
});

describe("derivatives print as text that reads back to the same node", () => {
  // The oracle's expression list (SymPy/PyTorch fixtures) as a varied source of simplifier output.
  const fixture = JSON.parse(
    readFileSync(new URL("../fixtures/expressions.json", import.meta.url), "utf8"),
  ) as {
    cases: { expr: string }[];
  };
  it.each(fixture.cases.map((c) => c.expr))("%s", (expr) => {
    const f = parse(expr);
    expect(parse(toText(f))).toBe(f);
    for (const v of variables(f)) {
      const d = derivative(f, v);
      expect(parse(toText(d)), toText(d)).toBe(d);
      expect(toLatex(d)).not.toMatch(/\+ -|\\cdot x/);
    }
  });
});
