// Python/torch printing where `npm run mutation core/expr/print-python.ts` found it loose: brackets exactly where
// Python's grammar needs them (and left-nested sums and products without), e against pi, 0 as a base.
import { describe, expect, it } from "vitest";
import { add, constant, mul, neg, num, pow, sym, type Node } from "./node.ts";
import { toTorch } from "./print-python.ts";

const x = sym("x");
const y = sym("y");
const z = sym("z");

describe("toTorch: brackets and constants", () => {
  it.each<[Node, string]>([
    [add(add(x, y), z), "x + y + z"],
    [mul(mul(x, y), z), "x*y*z"],
    [mul(add(x, y), z), "(x + y)*z"],
    [neg(neg(x)), "-(-x)"],
    [pow(num(0), x), "0**x"],
    [pow(constant("pi"), x), "math.pi**x"],
    [mul(constant("e"), x), "math.e*x"],
    [pow(constant("e"), x), "torch.exp(x)"],
  ])("%#: %s", (n, text) => expect(toTorch(n)).toBe(text));
});
