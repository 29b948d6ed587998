// The form helpers where `npm run mutation core/diff/simplify/forms.ts` found them loose: whether a display starts
// with a minus sign (which part of a grouped sum goes first), and polynomial terms of one degree ordered by their
// second variable's power.
import { describe, expect, it } from "vitest";
import { parse } from "../../expr/parser.ts";
import { toText } from "../../expr/print-text.ts";
import { leadsNegative } from "./forms.ts";
import { simplify } from "./index.ts";
import { sameValues } from "../../test-support/same-values.ts";

describe("leadsNegative: the printed text starts with a minus sign", () => {
  it.each([
    ["-2", true],
    ["0", false],
    ["3", false],
    ["x", false],
    ["pi", false],
    ["-x", true],
    ["-sin(x)", true],
    ["(-x) + 1", true],
    ["(-x) - 1", true],
    ["(-x) y", true],
    ["(-x)/y", true],
    ["0 - x", false],
    ["1 - x", false],
    ["x (-y)", false],
    ["sin(-x)", false],
    ["(-x)^2", false],
    ["abs(-2)", false],
  ])("%s: %s", (text, expected) => {
    const node = parse(text);
    expect(leadsNegative(node)).toBe(expected);
    expect(toText(node).startsWith("-")).toBe(expected); // as the printer writes it
  });
});

describe("terms of one degree: the first variable, then its power, then the next", () => {
  it.each([
    ["x y z^2 + x y^2 z", "x y^2 z + x y z^2"],
    ["x y^2 z + x y z^2", "x y^2 z + x y z^2"],
  ])("%s → %s", (input, expected) => {
    expect(toText(simplify(parse(input)))).toBe(expected);
    sameValues(input, expected);
  });
});
