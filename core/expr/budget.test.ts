import { describe, expect, it } from "vitest";
import { Budget, LIMITS, type Limits, withBudget } from "./budget.ts";
import { calculus } from "../methods/calculus.ts";
import { closedForm } from "../methods/closed-form.ts";
import { derivative } from "../diff/derivative.ts";
import { DescentError } from "./errors.ts";
import { parse } from "./parser.ts";
import { variables } from "./node.ts";

const product = (n: number, name = (i: number) => `v${i}`) =>
  Array.from({ length: n }, (_, i) => name(i)).join("*");
const allDerivatives = (text: string) => () => {
  const f = parse(text);
  return variables(f).map((v) => derivative(f, v));
};

/** Runs work in a fresh budget; the error (or null) and the work counted. */
function run(text: string, work: () => unknown, limits: Partial<Limits> = {}) {
  const budget = new Budget([0, text.length], { ...LIMITS, ...limits });
  try {
    withBudget(budget, work);
    return { error: null, budget };
  } catch (e) {
    if (!(e instanceof DescentError)) throw e;
    return { error: e, budget };
  }
}

describe("a work budget per request ends with too_complex, saying which limit was hit", () => {
  const cases: {
    name: string;
    text: string;
    work: (text: string) => () => unknown;
    msg: string;
    limits?: Partial<Limits>;
  }[] = [
    {
      name: "every derivative of v0·v1·…·v2999",
      text: product(3000),
      work: allDerivatives,
      msg: "budget.nodes",
    },
    {
      name: "calculus on a product of 12 variables",
      text: product(12),
      work: (t) => () => calculus(parse(t)),
      msg: "budget.vars",
    },
    {
      name: "closed form on a product of 12 variables",
      text: product(12),
      work: (t) => () => closedForm(parse(t)),
      msg: "budget.vars",
    },
    {
      name: "calculus on a product of 8 variables: 272 critical points (nodes unlimited here)",
      text: product(8),
      work: (t) => () => calculus(parse(t)),
      msg: "budget.points",
      limits: { nodes: Infinity },
    },
    {
      name: "calculus on a product of 8 variables, all limits",
      text: product(8),
      work: (t) => () => calculus(parse(t)),
      msg: "budget.nodes",
    },
  ];
  it.each(cases)("$name → $msg", ({ text, work, msg, limits }) => {
    const { error } = run(text, work(text), limits);
    expect(error?.code).toBe("too_complex");
    expect(error?.msg?.id).toBe(msg);
    expect(error?.span).toEqual([0, text.length]);
    expect(error?.message).toMatch(/^Too (complex|many variables)/);
  });
});

describe("within the budget", () => {
  it("the derivative of x·x·…·x at the length limit (25,000 factors) is answered", () => {
    const text = product(25_000, () => "x");
    let d = "";
    const { error, budget } = run(text, () => (d = String(derivative(parse(text), "x").id)));
    expect(error).toBeNull();
    expect(d).not.toBe("");
    expect(budget.nodes).toBeLessThan(LIMITS.nodes);
  });

  it("the work for the derivative of an n-ary product or sum grows linearly in n", () => {
    const families = [
      (n: number) => product(n, () => "x"),
      (n: number) => product(n, (i) => (i === 0 ? "x" : `v${i}`)),
      (n: number) => Array.from({ length: n }, (_, i) => `sin(${i + 1}x)`).join(" + "),
      (n: number) => Array.from({ length: n }, (_, i) => `x^${(i % 5) + 1}`).join(" - "),
    ];
    for (const family of families) {
      const work = (n: number) => {
        const { error, budget } = run("", () => derivative(parse(family(n)), "x"));
        expect(error).toBeNull();
        return budget.nodes;
      };
      const [a, b] = [work(500), work(2000)];
      expect(b / a, family(3)).toBeLessThan(4 * 1.3);
    }
  });

  it("a product of 4 variables: calculus answers; the counts start again for each request", () => {
    const text = product(4);
    const first = run(text, () => calculus(parse(text)));
    expect(first.error).toBeNull();
    expect(first.budget.criticalPoints).toBeGreaterThan(0);
    const again = run(text, () => calculus(parse(text)));
    expect(again.budget.criticalPoints).toBe(first.budget.criticalPoints);
  });

  it("a limit hit inside a catch-all (an evaluation that turns failures into NaN) still ends the request", () => {
    const budget = new Budget([0, 1], { ...LIMITS, nodes: 10 });
    const swallowed = () => {
      try {
        derivative(parse("sin(x) cos(x) exp(x)"), "x");
      } catch {
        return NaN;
      }
      return 0;
    };
    expect(() => withBudget(budget, swallowed)).toThrow(/more than 10 operations/);
    expect(budget.exceeded?.code).toBe("too_complex");
  });

  it("nothing is counted outside withBudget, and a nested withBudget keeps the outer one", () => {
    const outer = new Budget();
    const inner = new Budget();
    withBudget(outer, () => withBudget(inner, () => derivative(parse("x^2 y"), "x")));
    expect(inner.nodes).toBe(0);
    expect(outer.nodes).toBeGreaterThan(0);
    const before = outer.nodes;
    derivative(parse("sin(x) y^3"), "y");
    expect(outer.nodes).toBe(before);
  });
});
