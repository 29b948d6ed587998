// Derivative properties (fast-check, 10^4 cases each): the symbolic derivative (raw and simplified), the
// reverse-mode gradient, the compiled tape and central differences agree on generated expressions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, evaluate, valueAndGrad } from "./autodiff.ts";
import { derivative, rawDerivative } from "./derivative.ts";
import { DescentError } from "./errors.ts";
import { type Node, apply, constant, neg, num, sym, variables } from "./node.ts";
import { toText } from "./print-text.ts";

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
const point = fc.record({
  x: fc.double({ min: -2, max: 2, noNaN: true }),
  y: fc.double({ min: -2, max: 2, noNaN: true }),
});

describe("derivatives agree", () => {
  it("reverse mode = compiled tape = raw symbolic derivative = simplified derivative", () => {
    fc.assert(
      fc.property(smooth, point, (n, at) => {
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
      fc.property(smooth, point, (n, at) => {
        let grad: Record<string, number>;
        try {
          grad = valueAndGrad(n, at).grad;
        } catch {
          return;
        }
        for (const v of variables(n)) {
          const h = 1e-5;
          const f = (d: number) => evaluate(n, { ...at, [v]: at[v as "x" | "y"] + d });
          const fd = (f(h) - f(-h)) / (2 * h);
          // central differences are only O(h²)-accurate; scale by the size of the values involved
          const scale = Math.max(1, Math.abs(f(0)), Math.abs(grad[v]!));
          expect(
            Math.abs(fd - grad[v]!),
            `d/d${v} ${toText(n)} at ${JSON.stringify(at)}`,
          ).toBeLessThanOrEqual(1e-4 * scale);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
