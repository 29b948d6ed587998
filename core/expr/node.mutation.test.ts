// Nodes where `npm run mutation core/expr/node.ts` found them unpinned: isNum with and without a value, the order
// variables() promises (x, y, z, then the rest alphabetically), the meter counting each apply, and the messages of
// the two programming errors.
import { describe, expect, it } from "vitest";
import { add, isNum, missingCase, num, setMeter, sym, variables } from "./node.ts";
import { parse } from "./parser.ts";

const x = sym("x");

describe("node helpers", () => {
  it.each<[string, ReturnType<typeof num> | typeof x, number | undefined, boolean]>([
    ["a number", num(2), undefined, true],
    ["that number", num(2), 2, true],
    ["another number", num(2), 3, false],
    ["a symbol", x, undefined, false],
    ["a symbol, asked for a value", x, 2, false],
  ])("isNum: %s", (_, n, value, want) => expect(isNum(n, value)).toBe(want));

  it("variables: x, y, z first, then the rest alphabetically, each once", () => {
    const names = variables(parse("w_1 + b + theta + z + a + y + x + b x"));
    const rest = names.slice(3);
    expect(names.slice(0, 3)).toEqual(["x", "y", "z"]);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(rest)).toEqual(new Set(["a", "b", "theta", "w_1"]));
    expect(variables(parse("b + a"))).toEqual(variables(parse("a + b")));
  });

  it("the meter counts one node per apply, interned or not", () => {
    let counted = 0;
    const old = setMeter((k) => (counted += k));
    try {
      add(x, num(0.123456789));
      add(x, num(0.123456789));
    } finally {
      setMeter(old);
    }
    expect(counted).toBe(2);
  });

  it("programming errors say what went wrong", () => {
    expect(() => num(NaN)).toThrow("num(NaN): nodes hold finite numbers only");
    expect(() => missingCase("z" as never)).toThrow('missing case: "z"');
  });
});
