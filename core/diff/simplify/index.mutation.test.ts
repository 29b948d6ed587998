// simplify's fallback where `npm run mutation core/diff/simplify/index.ts` found it unpinned: a step that would
// divide a constant by zero keeps its operation as written, with its arguments simplified (2 - 2 becomes 0).
// The other survivors there change only the time (shared sub-chains, the one-operation shortcut, the chain cache)
// or test what the type checker needs (an atom's kind); no output tells them apart.
import { expect, it } from "vitest";
import { parse } from "../../expr/parser.ts";
import { toText } from "../../expr/print-text.ts";
import { simplify } from "./index.ts";

it.each([
  ["x/(2 - 2)", "x/0"],
  ["1/sqrt(0)", "1/0"],
  ["exp(pi)/(-(0))", "exp(pi)/0"],
])("%s → %s (the division kept, its arguments simplified)", (input, expected) => {
  expect(toText(simplify(parse(input)))).toBe(expected);
});
