// Printing where `npm run mutation core/expr/print-text.ts` found it loose: the size limit at its boundary and the
// count it reports, a zero as a base or an exponent (an atom, not a signed number), and a product after a word that
// would read as a function call.
import { describe, expect, it } from "vitest";
import { add, mul, num, pow, sym, type Node } from "./node.ts";
import { parse } from "./parser.ts";
import { MAX_PRINTED_OPS, checkPrintable, toText } from "./print-text.ts";

const x = sym("x");

describe("checkPrintable at its limit", () => {
  it("MAX_PRINTED_OPS operations print; one more is too_long, with the count", () => {
    expect(() => checkPrintable(MAX_PRINTED_OPS)).not.toThrow();
    const count = MAX_PRINTED_OPS + 1;
    expect(() => checkPrintable(count)).toThrow(
      expect.objectContaining({
        code: "too_long",
        message: expect.stringContaining(`(${count} operations)`),
      }),
    );
  });

  it("past 10¹² it says how many in words, not digits", () => {
    const message = (ops: number) => {
      try {
        checkPrintable(ops);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    };
    expect(message(1e12)).toContain(`(${1e12} operations)`);
    expect(message(1e12 + 1)).not.toContain(String(1e12 + 1));
    expect(message(1e12 + 1)).not.toBe(message(1e12));
  });
});

describe("toText: atoms and words", () => {
  it.each<[string, Node]>([
    ["0 as an exponent", pow(x, num(0))],
    ["0 as a base", pow(num(0), x)],
  ])("%s needs no brackets and reads back", (_, n) => {
    expect(toText(n)).not.toContain("(");
    expect(parse(toText(n))).toBe(n);
  });

  it("a product after a word that would read as a call keeps a space: ab (x + 1)", () => {
    const printed = toText(mul(sym("ab"), add(x, num(1))));
    expect(printed.startsWith("ab (")).toBe(true);
  });
});
