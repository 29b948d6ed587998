// math.js's own derivative suite read by our parser: every input is either read as the reading policy
// says — checked against SymPy's derivative at sample points (core/fixtures/mathjs-suite.json, made by
// scripts/oracle/mathjs_suite.py from scripts/oracle/mathjs-derivative.tsv) — or refused with a positioned
// message. None is misread.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, valueAndGrad } from "../diff/autodiff.ts";
import { derivative } from "../diff/derivative.ts";
import { DescentError } from "./errors.ts";
import { variables } from "./node.ts";
import { tryRead } from "./parser.ts";

interface Point {
  at: Record<string, number>;
  value: number;
  grad: Record<string, number>;
}
interface Case {
  input: string;
  reading: string | null;
  vars?: string[];
  points?: Point[];
}
const { cases } = JSON.parse(
  readFileSync(new URL("../fixtures/mathjs-suite.json", import.meta.url), "utf8"),
) as {
  cases: Case[];
};

// Inputs the app refuses although the policy has a reading: functions not in the operation table. Each refusal
// is still positioned and names the function.
const REFUSED_FUNCTIONS = new Set(["asech((2x))", "acsch((2x))", "acoth((2x))"]);

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(b) + 1e-11;

/** A value the engine gives, or null where it refuses the point (outside its domain): never a wrong number. */
function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof DescentError && e.code === "domain") return null;
    throw e;
  }
}

describe("math.js derivative suite: read as the policy says, or refused with a position", () => {
  it("holds every distinct input of the suite: 81 read, 9 refused", () => {
    expect(cases.length).toBe(90);
    expect(cases.filter((c) => c.reading === null).length).toBe(6);
    expect(cases.filter((c) => tryRead(c.input).ok).map((c) => c.input)).toHaveLength(81);
  });

  it.each(cases.map((c) => [c.input, c] as const))("%j", (input, c) => {
    const r = tryRead(input);
    if (!r.ok) {
      expect(c.reading === null || REFUSED_FUNCTIONS.has(input)).toBe(true);
      const [a, b] = r.error.span;
      expect(0 <= a && a <= b && b <= input.length).toBe(true);
      expect(r.error.message.length).toBeGreaterThan(10);
      if (c.reading !== null) expect(r.error.code).toBe("unknown_function");
      return;
    }
    expect(c.reading, "the app reads an input the policy has no reading for").not.toBeNull();
    expect(REFUSED_FUNCTIONS.has(input)).toBe(false);
    const node = r.value.node;
    expect(variables(node)).toEqual(c.vars);
    let compared = 0;
    for (const p of c.points!) {
      const ours = attempt(() => valueAndGrad(node, p.at));
      if (!ours) continue;
      compared++;
      if (!near(ours.value, p.value))
        expect.fail(`value at ${JSON.stringify(p.at)}: ${ours.value} vs ${p.value}`);
      for (const v of c.vars!) {
        if (!near(ours.grad[v]!, p.grad[v]!))
          expect.fail(`∂/∂${v} (autodiff) at ${JSON.stringify(p.at)}: ${ours.grad[v]} vs ${p.grad[v]}`);
        const symbolic = attempt(() => evaluate(derivative(node, v), p.at));
        if (symbolic !== null && !near(symbolic, p.grad[v]!))
          expect.fail(`∂/∂${v} (symbolic) at ${JSON.stringify(p.at)}: ${symbolic} vs ${p.grad[v]}`);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
