// `descent batch` against SymPy and PyTorch, the way an outside checker drives it: one JSON line in, one out,
// for every expression of core/fixtures/expressions.json (scripts/oracle/generate.py).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../autodiff.ts";
import { parse } from "../parser.ts";
import { handleLine } from "./batch.ts";

interface Point {
  at: Record<string, number>;
  value: number;
  grad: Record<string, number>;
  sympyGrad: Record<string, number>;
}
interface Case {
  expr: string;
  vars: string[];
  points: Point[];
}
const cases = (
  JSON.parse(readFileSync(new URL("../fixtures/expressions.json", import.meta.url), "utf8")) as {
    cases: Case[];
  }
).cases;

const near = (a: unknown, e: number) =>
  typeof a === "number" && Math.abs(a - e) <= 1e-9 * Math.abs(e) + 1e-11;
const ask = (req: object) => JSON.parse(handleLine(JSON.stringify(req))) as Record<string, any>;

describe.each(cases)("batch $expr", (c) => {
  it("eval: value and gradient equal PyTorch's", () => {
    for (const p of c.points) {
      const out = ask({ op: "eval", expr: c.expr, at: p.at });
      expect(out.ok, JSON.stringify(out)).toBe(true);
      if (!near(out.value, p.value))
        expect.fail(`value at ${JSON.stringify(p.at)}: ${out.value} vs ${p.value}`);
      for (const v of c.vars) {
        const g = Object.hasOwn(out.grad, v) ? out.grad[v] : 0; // a constant has no partials to list
        if (!near(g, p.grad[v]!)) expect.fail(`d/d${v} at ${JSON.stringify(p.at)}: ${g} vs ${p.grad[v]}`);
      }
    }
  });

  it("diff: the derivative text reads back and equals SymPy's derivative at the points", () => {
    const out = ask({ op: "diff", expr: c.expr });
    expect(out.ok, JSON.stringify(out)).toBe(true);
    for (const v of c.vars) {
      if (!Object.hasOwn(out.derivatives, v)) {
        expect(out.vars).not.toContain(v); // only a constant's absent variable
        continue;
      }
      const d = parse(out.derivatives[v].text);
      for (const p of c.points) {
        const got = evaluate(d, p.at);
        if (!near(got, p.sympyGrad[v]!))
          expect.fail(
            `d/d${v} = ${out.derivatives[v].text} at ${JSON.stringify(p.at)}: ${got} vs ${p.sympyGrad[v]}`,
          );
      }
    }
  });
});
