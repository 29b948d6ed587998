// The compiled tape outside its domain, where `npm run mutation core/diff/tape.ts` found it loose: every slot of
// gradOut becomes NaN (not only the first, and also those already written), and a value that leaves the finite
// numbers is caught at the step where it does, even when a later step (atan, tanh) would bring it back.
import { describe, expect, it } from "vitest";
import { compile } from "./autodiff.ts";
import { add, apply, mul, sym } from "../expr/node.ts";

const x = sym("x");
const y = sym("y");
const z = sym("z");

describe("tape outside the domain", () => {
  it("a value outside it: NaN, and NaN in every gradient slot", () => {
    const c = compile(add(apply("log", [x]), mul(y, z)), ["x", "y", "z"]);
    const g = new Float64Array([1, 2, 3, 4]);
    expect(c.valueAndGrad([-1, 2, 3], g)).toBeNaN();
    expect(Array.from(g).map(Number.isNaN)).toStrictEqual([true, true, true, false]);
  });

  it("a slope outside it: NaN in every slot, those already written too", () => {
    // sqrt(z) at z = 0 has value 0 but no finite slope; x and y come first.
    const c = compile(add(mul(x, y), apply("sqrt", [z])), ["x", "y", "z"]);
    const g = new Float64Array([1, 2, 3, 4]);
    expect(c.valueAndGrad([2, 3, 1], g)).toBe(7);
    expect(Array.from(g)).toStrictEqual([3, 2, 0.5, 4]);
    expect(c.valueAndGrad([2, 3, 0], g)).toBeNaN();
    expect(Array.from(g).map(Number.isNaN)).toStrictEqual([true, true, true, false]);
  });

  it("an overflow is caught where it happens: atan(exp(x)) at x = 1000 is NaN, not π/2", () => {
    const c = compile(apply("atan", [apply("exp", [x])]), ["x"]);
    expect(c.value([1000])).toBeNaN();
    expect(c.valueAndGrad([1000], new Float64Array(1))).toBeNaN();
    expect(c.value([0])).toBe(Math.atan(1));
  });
});
