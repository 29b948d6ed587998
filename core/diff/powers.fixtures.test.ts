// A power at a zero or negative base, against PyTorch (core/fixtures/powers.json, scripts/oracle/powers.py):
// 0⁰ = 1 with gradient 0 in base and exponent, 0ʸ for y > 0 has slope 0 in y, and where torch answers inf or nan
// the core refuses with a domain error that names the kind of base — in the interpreter, the reverse sweep and
// the compiled tape alike.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, evaluate, valueAndGrad } from "./autodiff.ts";
import { DescentError } from "../expr/errors.ts";
import { domainError } from "../test-support/errors.ts";
import { parse } from "../expr/parser.ts";

interface Case {
  expr: string;
  vars: string[];
  at: Record<string, number>;
  value: number | null;
  grad: Record<string, number> | null;
  domain: boolean;
}
const { cases } = JSON.parse(readFileSync(new URL("../fixtures/powers.json", import.meta.url), "utf8")) as {
  cases: Case[];
};

const near = (a: number, e: number) => Math.abs(a - e) <= 1e-12 * Math.max(1, Math.abs(e));

/** What a refusal must say, by the base at the point: a zero base or a negative base, in those words. */
function basePhrase(c: Case): RegExp {
  const at = (name: string) => c.at[name]!;
  const constant = /^\(?(-?\d+)\)?\^/.exec(c.expr);
  const base = constant ? Number(constant[1]) : c.expr.startsWith("(x - 1)") ? at("x") - 1 : at("x");
  return base === 0 ? /zero base|finite derivative at x = 0/ : base < 0 ? /negative base/ : /./;
}

describe("torch.pow's conventions at zero and negative bases (fixtures' powers)", () => {
  it.each(cases)("$expr at $at", (c) => {
    const node = parse(c.expr);
    const x = c.vars.map((v) => c.at[v]!);
    const compiled = compile(node, c.vars);
    const g = new Float64Array(c.vars.length);
    const value = compiled.valueAndGrad(x, g);
    if (c.value !== null) expect(near(evaluate(node, c.at), c.value)).toBe(true);
    else expect(() => evaluate(node, c.at)).toThrow(DescentError);
    if (!c.domain) {
      const vg = valueAndGrad(node, c.at);
      expect(near(vg.value, c.value!)).toBe(true);
      expect(near(value, c.value!)).toBe(true);
      c.vars.forEach((v, i) => {
        expect(near(vg.grad[v] ?? 0, c.grad![v]!), `d/d${v}`).toBe(true);
        expect(near(g[i]!, c.grad![v]!), `compiled d/d${v}`).toBe(true);
      });
      return;
    }
    // torch answers inf or nan: a domain error saying which base, and NaN from the compiled form.
    const error = domainError(() => valueAndGrad(node, c.at));
    expect(error.message).toMatch(basePhrase(c));
    expect(error.message).not.toMatch(/\(-\d[^)]*\^/); // (-1)^0.5, never (-1^0.5)
    expect(Number.isNaN(value)).toBe(true);
    expect(compiled.explain(x)?.message).toBe(error.message);
  });
});
