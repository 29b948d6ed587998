// The long-product rule pinned where `npm run mutation core/diff/product-rule.ts` found it loose: the threshold at
// exactly LONG_PRODUCT different factors, where signs and numbers of a factor's derivative go (in front of its
// term, never inside it), and the size check counting only the terms that are written.
import { describe, expect, it } from "vitest";
import { evaluate, valueAndGrad } from "./autodiff.ts";
import { derivative } from "./derivative.ts";
import { LONG_PRODUCT, longProductDerivative } from "./product-rule.ts";
import { simplify } from "./simplify/index.ts";
import { isNum, type Node } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";

const vs = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`).join("*");
/** The terms of a sum or difference chain, each with the sign it enters with. */
function terms(n: Node, sign = 1): { sign: number; term: Node }[] {
  if (n.kind === "apply" && (n.op === "add" || n.op === "sub"))
    return [...terms(n.args[0]!, sign), ...terms(n.args[1]!, n.op === "sub" ? -sign : sign)];
  if (n.kind === "apply" && n.op === "neg") return terms(n.args[0]!, -sign);
  return [{ sign, term: n }];
}
/** The factors of a product chain, in order. */
const factors = (n: Node): Node[] =>
  n.kind === "apply" && n.op === "mul" ? [...factors(n.args[0]!), ...factors(n.args[1]!)] : [n];

describe("the product rule takes over at exactly LONG_PRODUCT different factors", () => {
  it.each([
    [LONG_PRODUCT - 1, false],
    [LONG_PRODUCT, true],
  ])("%i different factors: written out by the product rule: %s", (n, written) => {
    const r = longProductDerivative(parse(vs(n)), "v0", simplify, derivative);
    expect(r !== null).toBe(written);
  });
});

describe("a factor's sign and number go in front of its term", () => {
  // cos(x)′ = −sin(x) (a negation), sin(2x)′ = 2cos(2x) (a number times), (3x + 1)′ = 3 (a number),
  // (sin²x + cos²x)′ = 0 (no term), as the simplifier writes them.
  const text = `cos(x)*sin(2x)*(3x + 1)*(sin(x)^2 + cos(x)^2)*${vs(LONG_PRODUCT)}`;
  it("equals reverse mode", () => {
    const f = parse(text);
    const d = derivative(f, "x");
    for (const x of [0.4, 1.3]) {
      const at = {
        ...Object.fromEntries(
          vs(LONG_PRODUCT)
            .split("*")
            .map((v) => [v, 1.1]),
        ),
        x,
      };
      const want = valueAndGrad(f, at).grad["x"]!;
      expect(Math.abs(evaluate(d, at) - want)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want)));
    }
  });
  it("no term holds a negation or a number after its first factor, and none is multiplied by 0", () => {
    const all = terms(derivative(parse(text), "x"));
    for (const { term } of all) {
      const fs = factors(term);
      expect(fs.some((g) => g.kind === "apply" && g.op === "neg")).toBe(false);
      expect(fs.slice(1).some((g) => isNum(g))).toBe(false);
      expect(isNum(fs[0]!, 0)).toBe(false);
    }
    // One term per factor with a derivative that is not 0 (cos, sin(2x), 3x + 1), the cos term subtracted; the
    // numbers in front are those of the factors' own derivatives.
    expect(all.length).toBe(3);
    expect(all.map((t) => t.sign)).toStrictEqual([-1, 1, 1]);
    const front = (i: number) => derivative(parse(["sin(2x)", "3x + 1"][i]!), "x");
    const lead = (n: Node) => (isNum(n) ? n : factors(n)[0]!);
    expect(all.slice(1).map((t) => factors(t.term)[0])).toStrictEqual([lead(front(0)), lead(front(1))]);
  });
});

describe("the size check counts only the terms written", () => {
  it("600 constant factors and one x: one term, printable (all 601 counted would pass the print limit)", () => {
    const text = [...Array.from({ length: 600 }, (_, k) => `sin(${k + 1})`), "x"].join("*");
    const d = derivative(parse(text), "x");
    expect(factors(d)).toHaveLength(600);
  });
});
