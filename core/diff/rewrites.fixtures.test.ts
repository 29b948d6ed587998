// Derivatives a teacher would rewrite (core/fixtures/rewrites.json, scripts/oracle/rewrites.py): the simplifier's
// product rows (abs(u)·sign(u) = u, u·sign(u) = abs(u), abs(u)²ᵏ = u²ᵏ, relu(u)·relu(sign(u)) = relu(u)) and the
// u − u row applied before differentiating. Each derivative equals SymPy's at the sample points, is no longer
// than SymPy's, and reads the way the board does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "./autodiff.ts";
import { derivative } from "./derivative.ts";
import { countOps } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";
import { toText } from "../expr/print-text.ts";

interface Case {
  expr: string;
  vars: string[];
  derivatives: Record<string, string>;
  points: { at: Record<string, number>; sympyGrad: Record<string, number> }[];
}
const { cases } = JSON.parse(readFileSync(new URL("../fixtures/rewrites.json", import.meta.url), "utf8")) as {
  cases: Case[];
};

// What the board shows: expression, variable, derivative.
const BOARD: [string, string, string][] = [
  ["relu(x)^2", "x", "2 relu(x)"],
  ["relu(x)^3", "x", "3 relu(x)^2"],
  ["3relu(x)^2 + x", "x", "6 relu(x) + 1"],
  ["relu(2x + 1)^2", "x", "4 relu(2x + 1)"],
  ["abs(x)^2", "x", "2x"],
  ["abs(x)^4", "x", "4x^3"],
  ["abs(x)sign(x)", "x", "sign(x)^2"], // f simplifies to x; its chain rule keeps torch's 0 at x = 0
  ["x abs(x)", "x", "2 abs(x)"],
  ["abs(x - 2)^2 + abs(y)^2", "y", "2y"],
  ["abs(sin(x))^2", "x", "2 cos(x) sin(x)"],
  ["log(1 + (y - y)^2 + y^2)", "y", "2y/(y^2 + 1)"],
  ["(x - x)^2 + x^3", "x", "3x^2"],
  ["sin(x)/(x - x + 2)", "x", "cos(x)/2"],
  ["log(-y/(y - y))", "y", "1/y"],
];

describe("derivatives a teacher would rewrite equal SymPy's (fixtures' rewrites)", () => {
  it.each(cases)("$expr", (c) => {
    const node = parse(c.expr);
    for (const v of c.vars) {
      const d = derivative(node, v);
      for (const p of c.points) {
        const got = evaluate(d, p.at);
        const want = p.sympyGrad[v]!;
        expect(Math.abs(got - want), `d/d${v} at ${JSON.stringify(p.at)}`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(want)),
        );
      }
      expect(countOps(d)).toBeLessThanOrEqual(countOps(parse(c.derivatives[v]!)));
      expect(toText(d)).not.toMatch(/\b(\w+) - \1\b/); // no u − u left in the answer
    }
  });

  it.each(BOARD)("%s, d/d%s = %s", (expr, v, text) => {
    expect(toText(derivative(parse(expr), v))).toBe(text);
  });
});
