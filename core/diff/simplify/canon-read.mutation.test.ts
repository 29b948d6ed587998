// Reading forms back, where `npm run mutation core/diff/simplify/canon-read.ts` found it loose: which nodes are
// provably ≥ 0 (so abs and relu drop away: sums of non-negative terms, π and e, e^u and 2^u, sign of something
// ≥ 0, but not x^y or (−2)^x), a number times a sum that sums see distributed, and a product shown as one term.
import { describe, expect, it } from "vitest";
import { parse } from "../../expr/parser.ts";
import { toText } from "../../expr/print-text.ts";
import { simplify } from "./index.ts";
import { sameValues } from "../../test-support/same-values.ts";

const cases = (rows: [string, string][]) =>
  it.each(rows)("%s → %s", (input, expected) => {
    expect(toText(simplify(parse(input)))).toBe(expected);
    sameValues(input, expected);
  });

describe("abs(u) = u and relu(u) = u where u ≥ 0 provably", () => {
  cases([
    ["abs(pi)", "pi"],
    ["abs(e) + x", "x + e"],
    ["abs(x^2 + 1)", "x^2 + 1"],
    ["abs(-x^2 - 1)", "x^2 + 1"],
    ["relu(x^2 + 1)", "x^2 + 1"],
    ["abs(x^2 - 1)", "abs(x^2 - 1)"],
    ["abs(sign(x^2))", "sign(x^2)"],
    ["abs(sign(x))", "abs(sign(x))"],
    ["abs(e^x)", "e^x"],
    ["relu(e^x)", "e^x"],
    ["abs(2^x)", "2^x"],
    ["abs(x^y)", "abs(x^y)"],
    ["relu(x^x)", "relu(x^x)"],
    ["abs((-2)^x)", "abs((-2)^x)"],
  ]);
});

describe("a number times a sum, and a product kept as one term", () => {
  cases([
    ["-(x(4 + tanh(e)))", "-x(tanh(e) + 4)"],
    ["sin(x) + cos(y) + (x^2 + y^2)/4", "x^2/4 + y^2/4 + cos(y) + sin(x)"],
  ]);
});
