import { describe, expect, it } from "vitest";
import { type Node, add, constant, div, fn, mul, neg, num, pow, sub, sym } from "./node.ts";
import { parse } from "./parser.ts";
import { toLatex } from "./print-latex.ts";
import { toText } from "./print-text.ts";
import { timeLimit } from "../test-support/time-limit.ts";

const x = sym("x");
const y = sym("y");
const two = num(2);

// Shapes the simplifier can build that no student types: each must print readably and parse back to itself.
const cases: [Node, string][] = [
  [sub(mul(two, x), num(4)), "2x - 4"],
  [sub(pow(x, two), mul(num(4), x)), "x^2 - 4x"],
  [mul(num(3), add(x, num(1))), "3(x + 1)"],
  [mul(two, fn("sin", x)), "2 sin(x)"],
  [neg(pow(x, two)), "-x^2"],
  [div(num(1), x), "1/x"],
  [num(-4), "-4"],
  [neg(num(4)), "-(4)"],
  [neg(num(-4)), "-(-4)"],
  [neg(neg(x)), "--x"],
  [neg(mul(two, x)), "-(2x)"],
  [mul(num(-2), x), "-2x"],
  [mul(neg(x), y), "-x y"],
  [mul(x, neg(y)), "x(-y)"],
  [mul(x, num(-2)), "x(-2)"],
  [mul(x, two), "x * 2"],
  [mul(two, num(3)), "2 * 3"],
  [mul(two, pow(num(3), x)), "2 * 3^x"],
  [mul(x, mul(y, x)), "x(y x)"],
  [mul(mul(x, y), x), "x y x"],
  [mul(x, y), "x y"],
  [mul(sym("x_y"), add(x, y)), "x_y(x + y)"],
  [mul(sym("theta"), add(x, y)), "theta(x + y)"],
  [mul(two, constant("e")), "2 e"],
  [mul(two, pow(constant("e"), x)), "2 e^x"],
  [mul(two, constant("pi")), "2pi"],
  [mul(two, sym("E5")), "2 E5"],
  [mul(two, sym("theta")), "2 theta"],
  [mul(num(0.5), x), "0.5x"],
  [mul(num(1e-7), x), "1e-7x"],
  [mul(num(1e21), x), "1e+21x"],
  [mul(div(num(1), two), x), "(1/2)x"],
  [mul(div(x, two), y), "(x/2)y"],
  [mul(div(add(x, y), x), x), "((x + y)/x)x"],
  [mul(div(num(1), add(x, y)), x), "(1/(x + y))x"],
  [div(x, mul(two, y)), "x/(2y)"],
  [div(x, div(y, two)), "x/(y/2)"],
  [div(neg(x), two), "-x/2"],
  [div(x, neg(y)), "x/(-y)"],
  [div(add(x, y), two), "(x + y)/2"],
  [add(x, num(-2)), "x + (-2)"],
  [sub(x, num(-2)), "x - (-2)"],
  [add(x, neg(y)), "x + (-y)"],
  [sub(x, sub(y, x)), "x - (y - x)"],
  [add(x, add(y, x)), "x + (y + x)"],
  [sub(neg(x), y), "-x - y"],
  [add(mul(num(-2), x), num(3)), "-2x + 3"],
  [pow(num(-2), x), "(-2)^x"],
  [pow(neg(x), two), "(-x)^2"],
  [pow(x, num(-1)), "x^(-1)"],
  [pow(x, neg(y)), "x^-y"],
  [pow(pow(x, two), num(3)), "(x^2)^3"],
  [pow(x, pow(two, num(3))), "x^2^3"],
  [pow(x, div(num(1), two)), "x^(1/2)"],
  [pow(mul(two, x), two), "(2x)^2"],
  [pow(fn("sin", x), two), "sin(x)^2"],
  [pow(num(1e21), x), "1e+21^x"],
  [pow(num(0.5), x), "0.5^x"],
  [mul(pow(x, two), add(x, num(1))), "x^2(x + 1)"],
  [mul(pow(x, two), y), "x^2 y"],
  [mul(fn("sin", x), fn("cos", x)), "sin(x) cos(x)"],
  [mul(add(x, num(1)), sub(x, num(1))), "(x + 1)(x - 1)"],
  [mul(add(x, num(1)), y), "(x + 1) y"],
  [fn("log", x), "log(x)"],
  [fn("exp", neg(div(pow(x, two), num(10)))), "exp(-(x^2/10))"],
  [neg(neg(neg(x))), "---x"],
  [neg(neg(mul(x, y))), "--(x y)"],
  [neg(neg(num(2))), "--(2)"],
  [pow(x, neg(pow(x, neg(x)))), "x^-x^-x"],
  [pow(x, neg(mul(two, x))), "x^-(2x)"],
  [sym("__proto__"), "__proto__"],
  [mul(sym("__proto__"), add(x, y)), "__proto__(x + y)"],
  [num(0.1 + 0.2), "0.30000000000000004"],
  [num(5e-324), "5e-324"],
  [num(-1.7976931348623157e308), "-1.7976931348623157e+308"],
];

describe("toText", () => {
  it.each(cases.map(([n, s]) => [s, n] as const))("%s", (text, node) => {
    expect(toText(node)).toBe(text);
    expect(parse(text)).toBe(node);
  });
});

describe("size", () => {
  it("a result that would be astronomically long is a too_long DescentError, not an out-of-memory crash", () => {
    let n: Node = x;
    for (let i = 0; i < 80; i++) n = add(n, n); // 2^80 leaves as a tree, 81 nodes as a DAG
    expect(() => toText(n)).toThrow(expect.objectContaining({ code: "too_long" }));
    expect(() => toLatex(n)).toThrow(expect.objectContaining({ code: "too_long" }));
  });

  it("long chains print in linear time", () => {
    let n: Node = x;
    for (let i = 0; i < 20_000; i++) n = mul(n, i % 2 ? y : fn("sin", x));
    const t0 = performance.now();
    expect(toText(n).length).toBeGreaterThan(80_000);
    expect(toLatex(n).length).toBeGreaterThan(100_000);
    expect(performance.now() - t0).toBeLessThan(timeLimit(2000));
  });
});

describe("a result too large to print is refused in the reader's language", () => {
  it.each([[1e6], [1e15]])("%d operations", async (ops) => {
    const { checkPrintable } = await import("./print-text.ts");
    const { DescentError } = await import("./errors.ts");
    const { say } = await import("../messages/index.ts");
    let err: unknown;
    try {
      checkPrintable(ops);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DescentError);
    const m = (err as InstanceType<typeof DescentError>).msg!;
    expect(m.id).toBe("print.tooLarge");
    expect((err as Error).message).toBe(say(m, "en"));
    // The Thai sentence has no English words left in it (only digits and the bracket).
    expect(say(m, "th")).not.toMatch(/[A-Za-z]/);
  });
});
