// The product rule written out for long products of different factors (product-rule.ts): the same values as
// reverse mode at sample points, the board's shape (factors in the order typed), and work that grows with the
// size of the answer, not faster.
import { describe, expect, it } from "vitest";
import { evaluate, valueAndGrad } from "./autodiff.ts";
import { derivative } from "./derivative.ts";
import { LONG_PRODUCT } from "./product-rule.ts";
import { Budget, withBudget } from "../expr/budget.ts";
import { DescentError } from "../expr/errors.ts";
import { parse } from "../expr/parser.ts";
import { toText } from "../expr/print-text.ts";

const MIXED = [
  "x",
  "sin(x)",
  "exp(x/9)",
  "cos(x)",
  "log(x)",
  "(x + 1)",
  "sqrt(x)",
  "2",
  "x^2",
  "atan(x)",
  "-x",
];
const mixed = (n: number) => Array.from({ length: n }, (_, i) => MIXED[i] ?? `sin(${i}x/${n})`).join("*");
const vs = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`).join("*");

describe("long products: the product rule, term by term", () => {
  it.each([
    ["12 mixed factors", mixed(12), "x"],
    ["40 mixed factors", mixed(40), "x"],
    ["13 variables, d/dv3", vs(13), "v3"],
    ["x twice among 12 factors", `x*${mixed(12)}`, "x"],
  ])("%s: equals reverse mode", (_, text, v) => {
    const f = parse(text);
    const d = derivative(f, v);
    for (const t of [0.3, 0.7, 1.9]) {
      const at = Object.fromEntries([...text.matchAll(/v\d+|x/g)].map((m) => [m[0], m[0] === v ? t : 1.1]));
      const want = valueAndGrad(f, at).grad[v]!;
      expect(Math.abs(evaluate(d, at) - want)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want)));
    }
  });

  it("each term is the product as typed with one factor differentiated", () => {
    const text = vs(LONG_PRODUCT);
    const d = toText(derivative(parse(`${text}*sin(v0)`), "v0"));
    const rest = text.split("*").slice(1).join(" ");
    expect(d).toBe(`${rest} sin(v0) + v0 ${rest} cos(v0)`);
    // A number and a sign go in front of the term: (-x)′ = −1, (x^2)′ = 2x.
    expect(toText(derivative(parse(`-x*${vs(LONG_PRODUCT)}`), "x"))).toBe(
      `-(${vs(LONG_PRODUCT).split("*").join(" ")})`,
    );
  });

  it("short products keep the simplifier's compact form", () => {
    expect(toText(derivative(parse("x*sin(x)"), "x"))).toBe("x cos(x) + sin(x)");
  });

  it("work grows with the answer: doubling the factors about quadruples the nodes built (n terms of n factors)", () => {
    const nodes = (n: number) => {
      const b = new Budget();
      withBudget(b, () => toText(derivative(parse(mixed(n)), "x")));
      return b.nodes;
    };
    const [a, b] = [nodes(100), nodes(200)];
    expect(b / a).toBeLessThan(4.5);
    expect(a).toBeLessThan(60_000);
  });

  it("an answer too big to write out is refused before it is built: too_complex in a budget, too_long outside", () => {
    const big = parse(mixed(2000));
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        if (e instanceof DescentError) return e.code;
        throw e;
      }
      return "answered";
    };
    expect(codeOf(() => withBudget(new Budget(), () => derivative(big, "x")))).toBe("too_complex");
    expect(codeOf(() => derivative(big, "x"))).toBe("too_long");
  });
});
