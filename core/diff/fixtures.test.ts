// The core against SymPy and PyTorch: core/fixtures/expressions.json comes from scripts/oracle/generate.py
// (values and gradients from torch float64 autograd, derivatives from sympy.diff at 30 digits).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, evaluate, valueAndGrad } from "./autodiff.ts";
import { derivative } from "./derivative.ts";
import { DescentError } from "../expr/errors.ts";
import { domainError } from "../test-support/errors.ts";
import { countOps, variables, type Node } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";
import type { ExpressionCase as Case } from "../test-support/expressions.ts";

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/expressions.json", import.meta.url), "utf8"),
) as {
  cases: Case[];
};
const cases = fixture.cases;

// 1e-9 relative, with an absolute floor for results that are 0 up to rounding (e.g. relu' on the flat side).
const REL = 1e-9;
const ABS = 1e-11;
function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= REL * Math.abs(expected) + ABS;
}
function expectNear(actual: number, expected: number, what: string): void {
  if (!near(actual, expected)) expect.fail(`${what}: got ${actual}, expected ${expected}`);
}

describe("fixtures cover every family of expressions", () => {
  it("has at least 300 expressions in every family", () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const families = new Set(cases.map((c) => c.category));
    for (const f of ["polynomial", "rational", "trig", "exp_log", "composition", "two_variables"])
      expect(families).toContain(f);
    for (const c of cases) expect(c.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(cases)("$expr", (c) => {
  let parsed: Node | undefined;
  // Parsed inside each test, so a parse error fails that expression's tests rather than the whole file.
  const nodeOf = () => (parsed ??= parse(c.expr));
  // A constant has no variables; its partials in x are 0.
  const grad = (g: Record<string, number>, v: string) =>
    v in g || variables(nodeOf()).includes(v) ? g[v]! : 0;

  it("has the variables SymPy found", () => {
    const node = nodeOf();
    const own = variables(node);
    expect(own.length === 0 ? ["x"] : own).toEqual(c.vars);
  });

  it("value and reverse-mode gradient equal PyTorch's", () => {
    const node = nodeOf();
    for (const p of c.points) {
      expectNear(evaluate(node, p.at), p.value, `f at ${JSON.stringify(p.at)}`);
      const vg = valueAndGrad(node, p.at);
      expectNear(vg.value, p.value, `valueAndGrad value at ${JSON.stringify(p.at)}`);
      for (const v of c.vars) expectNear(grad(vg.grad, v), p.grad[v]!, `d/d${v} at ${JSON.stringify(p.at)}`);
    }
  });

  it("symbolic derivatives equal SymPy's at the sample points", () => {
    const node = nodeOf();
    for (const v of c.vars) {
      const d = derivative(node, v);
      for (const p of c.points)
        expectNear(evaluate(d, p.at), p.sympyGrad[v]!, `${v}-derivative at ${JSON.stringify(p.at)}`);
    }
  });

  it("the compiled form gives the same value and gradient", () => {
    const node = nodeOf();
    const compiled = compile(node, c.vars);
    const g = new Float64Array(c.vars.length);
    for (const p of c.points) {
      const value = compiled.valueAndGrad(
        c.vars.map((v) => p.at[v]!),
        g,
      );
      expectNear(value, p.value, `compiled value at ${JSON.stringify(p.at)}`);
      c.vars.forEach((v, i) => expectNear(g[i]!, p.grad[v]!, `compiled d/d${v} at ${JSON.stringify(p.at)}`));
      expect(compiled.explain(c.vars.map((v) => p.at[v]!))).toBeNull();
    }
  });
});

describe("textbook derivatives are no longer than SymPy's", () => {
  it("on at least 90% of the (expression, variable) pairs", () => {
    const longer: string[] = [];
    let total = 0;
    for (const c of cases)
      for (const v of c.vars) {
        total++;
        const ours = derivative(parse(c.expr), v);
        const theirs = parse(c.derivatives[v]!);
        if (countOps(ours) > countOps(theirs))
          longer.push(
            `d/d${v} ${c.expr}: ${countOps(ours)} ops vs SymPy's ${countOps(theirs)} (${c.derivatives[v]})`,
          );
      }
    const share = (total - longer.length) / total;
    expect(
      share,
      `${longer.length} of ${total} longer than SymPy:\n${longer.join("\n")}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("SymPy's printed derivatives read back in our syntax with the same values", () => {
    for (const c of cases)
      for (const v of c.vars) {
        const theirs = parse(c.derivatives[v]!);
        for (const p of c.points)
          expectNear(
            evaluate(theirs, p.at),
            p.sympyGrad[v]!,
            `SymPy's d/d${v} ${c.derivatives[v]} at ${JSON.stringify(p.at)}`,
          );
      }
  });
});

interface Kink {
  expr: string;
  at: Record<string, number>;
  value: number | null;
  grad: Record<string, number> | null;
  domain: boolean;
}
const kinks = (fixture as unknown as { kinks: Kink[] }).kinks;

describe("on a kink or a domain edge, PyTorch's convention (fixtures' kinks)", () => {
  it.each(kinks)("$expr at $at.x", (k) => {
    const node = parse(k.expr);
    const compiled = compile(node, ["x"]);
    const g = new Float64Array(1);
    const value = compiled.valueAndGrad([k.at["x"]!], g);
    if (k.value === null) expect(() => evaluate(node, k.at)).toThrow(DescentError);
    else expectNear(evaluate(node, k.at), k.value, "value");
    if (!k.domain) {
      // relu'(0) = 0 and abs'(0) = sign(0) = 0, as torch has them; the symbolic derivative agrees.
      const vg = valueAndGrad(node, k.at);
      expectNear(vg.value, k.value!, "value");
      expectNear(vg.grad["x"] ?? 0, k.grad!["x"]!, "reverse-mode gradient");
      expectNear(value, k.value!, "compiled value");
      expectNear(g[0]!, k.grad!["x"]!, "compiled gradient");
      expectNear(evaluate(derivative(node, "x"), k.at), k.grad!["x"]!, "symbolic derivative");
      return;
    }
    // torch answers inf or nan here; we answer with a domain error naming the operation, never NaN.
    domainError(() => valueAndGrad(node, k.at));
    expect(Number.isNaN(value)).toBe(true);
    expect(compiled.explain([k.at["x"]!])?.code).toBe("domain");
  });
});
