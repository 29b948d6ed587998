// The helpers the operation rows share, where `npm run mutation core/expr/op-row.ts` found them unpinned: the chain
// rule leaving out a factor of 1, e^{u} as a superscript up to 24 characters, and numbers in messages.
import { describe, expect, it } from "vitest";
import { fn, mul, sym } from "./node.ts";
// Through ops.ts first: op-row.ts alone meets the op table's import cycle half-built.
import { expAsSuperscript, fmt } from "./ops.ts";
import { ONE, chain } from "./op-row.ts";

const x = sym("x");

describe("op-row helpers", () => {
  it("chain: f·u′, without a factor of 1", () => {
    const f = fn("cos", x);
    expect(chain(f, ONE)).toBe(f);
    expect(chain(f, x)).toBe(mul(f, x));
  });

  it("e^{u} is a superscript up to 24 characters of u and no nested e^{…}", () => {
    expect(expAsSuperscript({ length: 24, nestedExp: false })).toBe(true);
    expect(expAsSuperscript({ length: 25, nestedExp: false })).toBe(false);
    expect(expAsSuperscript({ length: 1, nestedExp: true })).toBe(false);
  });

  it.each<[number, string]>([
    [NaN, "undefined"],
    [Infinity, "infinity"],
    [-Infinity, "-infinity"],
    [1 / 3, String(Number((1 / 3).toPrecision(6)))],
  ])("fmt(%s) = %s", (v, text) => expect(fmt(v)).toBe(text));
});
