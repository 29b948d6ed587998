import { describe, expect, it } from "vitest";
import { DescentError, type ErrorCode, type Span } from "./errors.ts";
import { add, constant, div, fn, mul, neg, num, pow, sub, sym } from "./node.ts";
import { MAX_DEPTH, MAX_LENGTH, parse, parseWithSpans, tryParse } from "./parser.ts";
import { toText } from "./print-text.ts";
import { expectRefused } from "../test-support/errors.ts";
import { timeLimit } from "../test-support/time-limit.ts";

const x = sym("x");
const y = sym("y");

// input → how it prints back (the structure is pinned by the printer's own table and the round trip)
const valid: [string, string][] = [
  ["3", "3"],
  ["0.25", "0.25"],
  [".5", "0.5"],
  ["1e-3", "0.001"],
  ["2.5E+2", "250"],
  ["5.", "5"],
  ["x", "x"],
  ["theta", "theta"],
  ["w_1", "w_1"],
  ["pi", "pi"],
  ["e", "e"],
  ["x^2 - 4x", "x^2 - 4x"],
  ["x**2", "x^2"],
  ["2^3^2", "2^3^2"],
  ["(2^3)^2", "(2^3)^2"],
  ["-x^2", "-x^2"],
  ["-2^2", "-2^2"],
  ["(-2)^2", "(-2)^2"],
  ["-2", "-2"],
  ["-2x", "-2x"],
  ["- 2", "-2"],
  ["-(2)", "-(2)"],
  ["--x", "--x"],
  ["+x", "x"],
  ["4x", "4x"],
  ["2x^2", "2x^2"],
  ["3(x+1)", "3(x + 1)"],
  ["(x+1)(x-1)", "(x + 1)(x - 1)"],
  ["2 sin(x)", "2 sin(x)"],
  ["2sin(x)", "2 sin(x)"],
  ["x y", "x y"],
  ["x(x+1)", "x(x + 1)"],
  ["theta(x+1)", "theta(x + 1)"],
  ["w_1(x+1)", "w_1(x + 1)"],
  ["foo (x+1)", "f o o(x + 1)"],
  ["2pi", "2pi"],
  ["2e", "2 e"],
  ["e x", "e x"],
  ["ex", "e x"],
  ["x2", "x2"],
  ["(x+1)2", "(x + 1) * 2"],
  ["x*2", "x * 2"],
  ["1/2x", "(1/2)x"],
  ["1/(2x)", "1/(2x)"],
  ["a/b/c", "a/b/c"],
  ["a/(b/c)", "a/(b/c)"],
  ["a-(b-c)", "a - (b - c)"],
  ["a-(b+c)", "a - (b + c)"],
  ["a+(b+c)", "a + (b + c)"],
  ["x^-2", "x^(-2)"],
  ["x^-2x", "x^(-2) x"],
  ["e^x", "e^x"],
  ["e^-x^2", "e^-x^2"],
  ["exp(-x^2/10)", "exp(-x^2/10)"],
  ["ln(x)", "log(x)"],
  ["log(x)", "log(x)"],
  ["sin(x)^2", "sin(x)^2"],
  ["sigmoid(w_1 x + b)", "sigmoid(w_1 x + b)"],
  ["relu(x) + abs(x) + sign(x) + sqrt(x)", "relu(x) + abs(x) + sign(x) + sqrt(x)"],
  ["x − 1 × 2 ÷ y · z", "x - (1 * 2/y)z"],
  ["  x\t+\n1  ", "x + 1"],
  ["x\u00a0+\u20031", "x + 1"],
  ["__proto__ + x_constructor + to_String", "__proto__ + x_constructor + to_String"],
  ["1e21 x", "1e+21x"],
];

describe("parse: valid input", () => {
  it.each(valid)("%j prints as %j", (input, text) => {
    const n = parse(input);
    expect(toText(n)).toBe(text);
    expect(parse(text)).toBe(n);
  });
});

describe("parse: structure", () => {
  const e = constant("e");
  const cases: [string, ReturnType<typeof parse>][] = [
    ["x^2 - 4x", sub(pow(x, num(2)), mul(num(4), x))],
    ["-x^2", neg(pow(x, num(2)))],
    ["-2^2", neg(pow(num(2), num(2)))],
    ["-2", num(-2)],
    ["-2x", mul(num(-2), x)],
    ["-(2)", neg(num(2))],
    ["--2", neg(num(-2))],
    ["2^3^2", pow(num(2), pow(num(3), num(2)))],
    ["x^-2", pow(x, num(-2))],
    ["2x^2", mul(num(2), pow(x, num(2)))],
    ["1/2x", mul(div(num(1), num(2)), x)],
    ["2x/3", div(mul(num(2), x), num(3))],
    ["x(x+1)", mul(x, add(x, num(1)))],
    ["x y", mul(x, y)],
    ["-x y", mul(neg(x), y)],
    ["ln(x)", fn("log", x)],
    ["e^x", pow(e, x)],
    ["2 sin(x)", mul(num(2), fn("sin", x))],
    ["a - b - c", sub(sub(sym("a"), sym("b")), sym("c"))],
    ["__proto__", sym("__proto__")],
    ["x_constructor*(x)", mul(sym("x_constructor"), x)],
  ];
  it.each(cases)("%j", (input, node) => expect(parse(input)).toBe(node));
});

// input → [code, span]
const errors: [string, ErrorCode, Span][] = [
  ["", "unexpected_end", [0, 0]],
  ["   ", "unexpected_end", [0, 0]],
  ["x +", "unexpected_end", [3, 3]],
  ["(x + 1", "unexpected_end", [6, 6]],
  ["sin(x", "unexpected_end", [5, 5]],
  [")", "unexpected_token", [0, 1]],
  ["x + 1)", "unexpected_token", [5, 6]],
  ["x + * 2", "unexpected_token", [4, 5]],
  ["x $ 2", "unexpected_token", [2, 3]],
  ["x + 😀", "unexpected_token", [4, 6]],
  ["2 3", "unexpected_token", [2, 3]],
  ["()", "unexpected_token", [0, 2]],
  ["x, y", "unexpected_token", [1, 2]],
  ["x @", "unexpected_token", [2, 3]],
  ["constructor(x)", "unknown_function", [0, 11]],
  ["x^", "unexpected_end", [2, 2]],
  ["2 ^ * 3", "unexpected_token", [4, 5]],
  ["foo(x)", "unknown_function", [0, 3]],
  ["1 + Sin(x)", "unknown_function", [4, 7]],
  ["sin(x, y)", "wrong_arity", [0, 9]],
  ["sin()", "wrong_arity", [0, 5]],
  ["2 + log(1, 2, 3)", "wrong_arity", [4, 16]],
  ["1e400", "domain", [0, 5]],
];

describe("parse: errors have an exact code and span", () => {
  it.each(errors)("%j → %s %j", (input, code, span) => expectRefused(tryParse(input), code, span));

  it("single-letter names before '(' multiply instead of calling", () => {
    expect(parse("a(x)")).toBe(mul(sym("a"), x));
  });

  it("messages read as a student would want them", () => {
    const message = (s: string) => (tryParse(s) as { error: DescentError }).error.message;
    expect(message(")")).toBe("Unexpected ')' — there is no '(' to close");
    expect(message("foo(x)")).toMatch(/^Unknown function 'foo'/);
    expect(message("Sin(x)")).toMatch(/Did you mean sin\?/);
    expect(message("sin(x, y)")).toBe("sin takes exactly one argument, but 2 were given");
    expect(message("(x + 1")).toBe("Missing ')' to close the '(' at position 1");
  });
});

describe("parse: limits", () => {
  it(`accepts ${MAX_LENGTH} characters and 200 levels of nesting`, () => {
    const long = Array.from({ length: 2500 }, (_, k) => `x^${k % 7}`).join(" + ");
    expect(long.length).toBeGreaterThanOrEqual(10_000);
    expect(long.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(() => parse(long)).not.toThrow();
    expect(toText(parse("(".repeat(200) + "x" + ")".repeat(200)))).toBe("x");
    expect(toText(parse("sin(".repeat(200) + "x" + ")".repeat(200)))).toMatch(/^sin\(sin\(/);
    expect(() => parse("-".repeat(200) + "x")).not.toThrow();
    expect(() => parse(Array.from({ length: 200 }, () => "x").join("^"))).not.toThrow();
  });

  it(`accepts exactly ${MAX_DEPTH} levels of the deepest-recursing shapes`, () => {
    const wrap = (open: string, close: string) => open.repeat(MAX_DEPTH) + "x" + close.repeat(MAX_DEPTH);
    for (const input of [wrap("sin(", ")"), wrap("(", ")"), wrap("-(", ")"), wrap("x^(", ")")]) {
      const n = parse(input);
      expect(parse(toText(n))).toBe(n);
    }
    expect(tryParse("sin(".repeat(MAX_DEPTH + 1) + "x" + ")".repeat(MAX_DEPTH + 1))).toMatchObject({
      ok: false,
      error: { code: "too_deep", span: [4 * MAX_DEPTH + 3, 4 * MAX_DEPTH + 4] },
    });
  });

  it("too deep: positioned too_deep, fast, no stack overflow", () => {
    const t0 = performance.now();
    for (const input of ["(".repeat(10_000), "(".repeat(10_000) + "x" + ")".repeat(10_000)]) {
      const r = tryParse(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        if (input.length > MAX_LENGTH) expect(r.error.code).toBe("too_long");
        else {
          expect(r.error.code).toBe("too_deep");
          expect(r.error.span[0]).toBeGreaterThanOrEqual(MAX_DEPTH - 1);
          expect(r.error.span[1]).toBe(r.error.span[0] + 1);
        }
      }
    }
    expect(performance.now() - t0).toBeLessThan(timeLimit(1000));
  });

  it("typed input up to MAX_DEPTH / 2 levels always reprints within the limit (readability brackets at most double it)", () => {
    const half = MAX_DEPTH / 2;
    for (const input of [
      "x - -(".repeat(half) + "x" + ")".repeat(half),
      "2 * -sin(".repeat(half) + "x" + ")".repeat(half),
      "x/-(x + ".repeat(half) + "x" + ")".repeat(half),
    ]) {
      const n = parse(input);
      expect(parse(toText(n))).toBe(n);
    }
  });

  // Sign runs and towers are read by loops (no stack), but each level nests the expression, and the printers and KaTeX
  // recurse on it (a 1,000-level tower crashed the page), so each sign and each ^ counts towards MAX_DEPTH.
  it("sign runs and power towers count towards MAX_DEPTH: one level more is too_deep at that sign or ^", () => {
    const M = MAX_DEPTH;
    const cases: { input: string; ok: boolean; at?: number }[] = [
      { input: "-".repeat(M) + "x", ok: true },
      { input: "-".repeat(M + 1) + "x", ok: false, at: M },
      { input: "-".repeat(10_000) + "x", ok: false, at: M },
      { input: "x^".repeat(M) + "x", ok: true },
      { input: "x^".repeat(M + 1) + "x", ok: false, at: 2 * M + 1 },
      { input: "x^".repeat(999) + "x", ok: false, at: 2 * M + 1 },
      { input: "x^-".repeat(M / 2) + "x", ok: true },
      { input: "x^-".repeat(M / 2 + 1) + "x", ok: false, at: 3 * (M / 2) + 1 },
      { input: "-".repeat(M / 2) + "x^".repeat(M / 2) + "x", ok: true },
      { input: "-".repeat(M / 2) + "x^".repeat(M / 2 + 1) + "x", ok: false, at: 0 },
      { input: "(".repeat(M / 2) + "-".repeat(M / 2) + "x" + ")".repeat(M / 2), ok: true },
      { input: "(".repeat(M / 2) + "-".repeat(M / 2 + 1) + "x" + ")".repeat(M / 2), ok: false, at: M },
    ];
    for (const { input, ok, at } of cases) {
      const r = tryParse(input);
      expect(r.ok, input.slice(0, 12)).toBe(ok);
      if (r.ok) expect(parse(toText(r.value))).toBe(r.value);
      else expect(r.error).toMatchObject({ code: "too_deep", span: [at, at! + 1] });
    }
    expect(parse("x^-y^2")).toBe(pow(x, neg(pow(y, num(2)))));
    expect(parse("-+-2")).toBe(neg(num(-2)));
  });

  it("too long: positioned too_long, fast", () => {
    const t0 = performance.now();
    const input = "x+".repeat(50_000);
    const r = tryParse(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("too_long");
      expect(r.error.span).toEqual([MAX_LENGTH, 100_000]);
    }
    expect(performance.now() - t0).toBeLessThan(timeLimit(1000));
  });

  it("a 5000-term sum parses and prints without deep recursion", () => {
    const input = Array.from({ length: 5000 }, (_, k) => `x${k}`).join("+");
    expect(input.length).toBeGreaterThan(10_000);
    const n = parse(input);
    expect(parse(toText(n))).toBe(n);
  });
});

describe("parseWithSpans", () => {
  it("records where each node first occurs", () => {
    const { node, spans } = parseWithSpans("1 + log(x - 2)");
    expect(spans.get(node)).toEqual([0, 14]);
    expect(spans.get(fn("log", sub(x, num(2))))).toEqual([4, 14]);
    expect(spans.get(sub(x, num(2)))).toEqual([8, 13]);
    expect(spans.get(x)).toEqual([8, 9]);
  });
});
