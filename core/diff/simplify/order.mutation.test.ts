// Textbook order where `npm run mutation core/diff/simplify/order.ts` found it loose: variables other than x, y, z
// (alphabetical, after z), π before e, arguments compared one after another, and the depth bound past which two
// nodes compare by creation order (still total, but no longer by their letters).
import { describe, expect, it } from "vitest";
import { parse } from "../../expr/parser.ts";
import { toText } from "../../expr/print-text.ts";
import { simplify } from "./index.ts";
import { sameValues } from "../../test-support/same-values.ts";

const show = (input: string) => toText(simplify(parse(input)));

describe("terms and factors in textbook order", () => {
  it.each([
    ["b + a", "a + b"],
    ["w + t", "t + w"],
    ["b a", "a b"],
    ["a + x", "x + a"], // x, y, z first, then the other letters
    ["pi + e", "pi + e"],
    ["atan(pi) + atan(e)", "atan(pi) + atan(e)"],
    ["x^pi + x^e", "x^pi + x^e"],
    // equal first arguments: the next argument decides
    ["atan(pi + 3) + atan(pi + 2)", "atan(pi + 2) + atan(pi + 3)"],
    ["atan(pi + 2) + atan(pi + 3)", "atan(pi + 2) + atan(pi + 3)"],
    // a later letter is larger, not equal: the second argument must not decide
    ["atan(a + 2) + atan(b + 1)", "atan(a + 2) + atan(b + 1)"],
    ["atan(a + 2) atan(b + 1)", "atan(a + 2) atan(b + 1)"],
  ])("%s → %s", (input, expected) => {
    expect(show(input)).toBe(expected);
    sameValues(input, expected);
  });
});

describe("past depth 40, creation order", () => {
  const nested = (depth: number, v: string) => `${"atan(".repeat(depth)}${v}${")".repeat(depth)}`;

  it("41 levels: the letters at the bottom still decide", () => {
    // Parsing builds the left chain first, so creation order would put the v chain first.
    const [u, v] = [nested(41, "u"), nested(41, "v")];
    expect(show(`${v} + ${u}`)).toBe(`${u} + ${v}`);
  });

  it("42 levels: the chain built first comes first, whichever letter it ends in", () => {
    const [u, v] = [nested(42, "p"), nested(42, "q")];
    expect(show(`${v} + ${u}`)).toBe(`${v} + ${u}`);
    const [r, s] = [nested(42, "r"), nested(42, "s")];
    expect(show(`${r} + ${s}`)).toBe(`${r} + ${s}`);
    // built before the sum is read, in the other order than the sum lists them
    const [m, n] = [nested(42, "m"), nested(42, "n")];
    parse(m);
    parse(n);
    expect(show(`${n} + ${m}`)).toBe(`${m} + ${n}`);
  });
});
