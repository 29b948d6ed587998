// The step bound's words and its edge cases, pinned where `npm run mutation core/methods/stability.ts` found them
// loose: whole messages with their numbers (fmt of the method's own fields), α exactly on the bound, a contraction
// factor of exactly 1, a zero eigenvalue, a Hessian that is not finite, and the tape cache keyed by the variables'
// order. Numbers come from stability() itself or from α chosen against its bound, never typed in.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { contraction, stability, stabilityWords, type Stability } from "./stability.ts";
import { fmt } from "./descent-messages.ts";
import { msg } from "../messages/index.ts";

const at = (text: string, x0: number[]) => {
  const node = parse(text);
  return stability(node, variables(node), x0)!;
};

/** The words stabilityWords must say, written out from s's own fields. */
function expected(s: Stability, lr: number, diverged: boolean) {
  const one = s.hessian.length === 1;
  const curv = fmt(s.lambdaMax);
  if (s.bound === null) return { bound: msg(one ? "stab.noBound1" : "stab.noBoundN", { curv }) };
  const bound = fmt(s.bound);
  const out: Record<string, unknown> = { bound: msg(one ? "stab.bound1" : "stab.boundN", { curv, bound }) };
  if (s.quadratic && s.eigenvalues.every((e) => e > 0)) {
    const q = contraction(s.eigenvalues, lr);
    const then = msg(q < 1 ? "stab.shrinks" : "stab.noShrink");
    out["rate"] = one
      ? msg("stab.rate1", { lr: fmt(lr), curv, q: fmt(q), then })
      : msg("stab.rateN", { eigs: s.eigenvalues.map(fmt).join(", "), q: fmt(q), then });
  }
  if (diverged)
    out["crossed"] =
      lr >= s.bound
        ? msg(one ? "stab.crossed1" : "stab.crossedN", { lr: fmt(lr), bound })
        : msg("stab.grewAlongTheWay", { lr: fmt(lr), bound });
  return out;
}

describe("stabilityWords: the whole sentences, with their numbers", () => {
  it.each<[string, number[], number, boolean]>([
    ["x^2 - 4x", [10], 0.02, false],
    ["x^2 - 4x", [10], 0.02, true],
    ["x^4", [10], 0.001, true],
    ["x^3 - 3x", [-1], 0.02, false],
    ["(x + 2y - 7)^2 + (2x + y - 5)^2", [0, 0], 0.02, false],
    ["(x + 2y - 7)^2 + (2x + y - 5)^2", [0, 0], 0.5, true],
    ["-x^2 - y^2", [1, 1], 0.1, false],
  ])("%s at %j, α = %s, diverged %s", (text, x0, lr, diverged) => {
    const s = at(text, x0);
    expect(stabilityWords(s, lr, diverged)).toStrictEqual(expected(s, lr, diverged));
  });

  it("α exactly on the bound 2/λ crossed it (≥, not >)", () => {
    const s = at("x^2 - 4x", [10]);
    const w = stabilityWords(s, s.bound!, true);
    expect(w.crossed).toStrictEqual(msg("stab.crossed1", { lr: fmt(s.bound!), bound: fmt(s.bound!) }));
  });

  it("a contraction factor of exactly 1 (α = 2/λ on one variable) does not close in", () => {
    const s = at("x^2 - 4x", [10]);
    expect(contraction(s.eigenvalues, s.bound!)).toBe(1);
    const then = (stabilityWords(s, s.bound!, false).rate!.params as { then: unknown }).then;
    expect(then).toStrictEqual(msg("stab.noShrink"));
  });

  it("a quadratic with a zero eigenvalue has a bound but no contraction factor (no single minimiser)", () => {
    const s = at("x^2 + y", [1, 1]);
    expect(s.eigenvalues[0]).toBe(0);
    expect(s.quadratic).toBe(true);
    expect(stabilityWords(s, 0.1, false)).toStrictEqual({
      bound: msg("stab.boundN", { curv: fmt(s.lambdaMax), bound: fmt(s.bound!) }),
    });
  });
});

describe("stability: no answer where the curvature cannot be read", () => {
  it("no variables", () => expect(stability(parse("3"), [], [])).toBeNull());
  it("f′ not finite at the start (√x at 0)", () => expect(at("sqrt(x)", [0])).toBeNull());
  it("f′ finite but a second derivative not (y^1.5 at y = 0)", () =>
    expect(at("x^2 + y^1.5", [1, 0])).toBeNull());
  it("λ so small that 2/λ overflows: no bound", () => {
    const s = at("1e-320 x^2", [1]);
    expect(s.lambdaMax).toBeGreaterThan(0);
    expect(Number.isFinite(2 / s.lambdaMax)).toBe(false);
    expect([s.bound, s.safe]).toStrictEqual([null, null]);
  });
});

describe("stability: the compiled rows follow the variables' order, also when the tape is reused", () => {
  it("[x, y] then [y, x] on the same f: the same Hessian, rows and columns swapped", () => {
    const node = parse("x^2 + 3y^2 + x y^3");
    const xy = stability(node, ["x", "y"], [1, 2])!;
    const yx = stability(node, ["y", "x"], [2, 1])!;
    expect(yx.hessian).toStrictEqual([
      [xy.hessian[1]![1]!, xy.hessian[1]![0]!],
      [xy.hessian[0]![1]!, xy.hessian[0]![0]!],
    ]);
    expect(stability(node, ["x", "y"], [1, 2])).toStrictEqual(xy);
  });
});
