// The reading policy (parser.ts header, README "How Descent Lab reads what you type"): what teachers type, as
// tables of input → node, input → notes, input → error code and span.
import { describe, expect, it } from "vitest";
import { say } from "../messages/index.ts";
import type { ErrorCode, Span } from "./errors.ts";
import { add, constant, div, fn, mul, neg, num, pow, sub, sym, type Node } from "./node.ts";
import { MAX_DEPTH, parse, read, tryParse, tryRead } from "./parser.ts";
import { toText } from "./print-text.ts";
import { expectRefused } from "../test-support/errors.ts";
import { timeLimit } from "../test-support/time-limit.ts";

const x = sym("x");
const y = sym("y");
const pi = constant("pi");
const e = constant("e");
const sin = (u: Node) => fn("sin", u);

const cases: [string, Node][] = [
  // several letters that are not a known name: one-letter variables multiplied
  ["xy", mul(x, y)],
  ["2xy", mul(mul(num(2), x), y)],
  ["x^2 + xy + y^2", add(add(pow(x, num(2)), mul(x, y)), pow(y, num(2)))],
  ["abc", mul(mul(sym("a"), sym("b")), sym("c"))],
  ["ex", mul(e, x)],
  ["pix", mul(pi, x)],
  ["2pix", mul(mul(num(2), pi), x)],
  ["x2y", mul(sym("x2"), y)],
  ["sinx", sin(x)],
  ["sinxy", sin(mul(x, y))],
  ["xsin x", mul(x, sin(x))],
  ["sinxcosx", mul(sin(x), fn("cos", x))],
  ["arcsinx", fn("asin", x)],
  // known names stay whole
  ["theta", sym("theta")],
  ["beta1", sym("beta1")],
  ["x2", sym("x2")],
  ["w_1", sym("w_1")],
  ["x_y", sym("x_y")],
  ["sinh(x)", fn("sinh", x)],
  ["exp(x)", fn("exp", x)],
  ["x y", mul(x, y)],
  // a bracketless argument is the next factor
  ["sin x", sin(x)],
  ["sin 2x", sin(mul(num(2), x))],
  ["sin x y", sin(mul(x, y))],
  ["sin x^2", sin(pow(x, num(2)))],
  ["sin pi x", sin(mul(pi, x))],
  ["sin x cos x", mul(sin(x), fn("cos", x))],
  ["sin x + 1", add(sin(x), num(1))],
  ["sin x / 2", div(sin(x), num(2))],
  ["sin x * y", mul(sin(x), y)],
  ["sin x (x + 1)", mul(sin(x), add(x, num(1)))],
  ["sin (x + 1)", sin(add(x, num(1)))],
  ["sin sin x", sin(sin(x))],
  ["2 sin x", mul(num(2), sin(x))],
  ["-sin x", neg(sin(x))],
  ["e^sin x", pow(e, sin(x))],
  ["ln x", fn("log", x)],
  ["sin^2 x", pow(sin(x), num(2))],
  ["sin^2(x)", pow(sin(x), num(2))],
  ["sin^2 x + cos^2 x", add(pow(sin(x), num(2)), pow(fn("cos", x), num(2)))],
  ["sin²x", pow(sin(x), num(2))],
  ["sin(x)^2", pow(sin(x), num(2))],
  // Unicode as typed
  ["x²", pow(x, num(2))],
  ["x⁻¹", pow(x, num(-1))],
  ["x¹⁰", pow(x, num(10))],
  ["2x³y", mul(mul(num(2), pow(x, num(3))), y)],
  ["(x + 1)²", pow(add(x, num(1)), num(2))],
  ["√x", fn("sqrt", x)],
  ["√(x + 1)", fn("sqrt", add(x, num(1)))],
  ["2√x", mul(num(2), fn("sqrt", x))],
  ["π", pi],
  ["2πx", mul(mul(num(2), pi), x)],
  ["θ", sym("theta")],
  ["θ_1 + θ2", add(sym("theta_1"), sym("theta2"))],
  ["α + β", add(sym("alpha"), sym("beta"))],
  ["Δx", mul(sym("Delta"), x)],
  ["x · y × 2 − 1", sub(mul(mul(x, y), num(2)), num(1))],
  // other spellings and several-argument forms
  ["arcsin(x)", fn("asin", x)],
  ["arccos x", fn("acos", x)],
  ["arctan(2x)", fn("atan", mul(num(2), x))],
  ["log_3(x)", div(fn("log", x), fn("log", num(3)))],
  ["log_3 x", div(fn("log", x), fn("log", num(3)))],
  ["log_b(x)", div(fn("log", x), fn("log", sym("b")))],
  ["log_e(x)", fn("log", x)],
  ["log(x, 3)", div(fn("log", x), fn("log", num(3)))],
  ["log(x, e)", fn("log", x)],
  ["root(x, 2)", fn("sqrt", x)],
  ["nthRoot(x)", fn("sqrt", x)],
  ["root(x, 5)", pow(x, div(num(1), num(5)))],
  ["nthRoot(6x, 2x)", pow(mul(num(6), x), div(num(1), mul(num(2), x)))],
  ["pow(x, 3)", pow(x, num(3))],
  ["2 pow(x, -2)", mul(num(2), pow(x, num(-2)))],
  // rows of the operation table (branch h6), by their names and by the other spellings
  ["log10(x)", fn("log10", x)],
  ["log2 x", fn("log2", x)],
  ["exp2(x)", fn("exp2", x)],
  ["cbrt(x)", fn("cbrt", x)],
  ["softplus(x)", fn("softplus", x)],
  ["asec(2x) + acsc x + acot x", add(add(fn("asec", mul(num(2), x)), fn("acsc", x)), fn("acot", x))],
  ["sech x + csch x + coth x", add(add(fn("sech", x), fn("csch", x)), fn("coth", x))],
  ["arcsinh(x) + arccosh x + arctanh(x)", add(add(fn("asinh", x), fn("acosh", x)), fn("atanh", x))],
  ["arcsec(x)", fn("asec", x)],
  ["asinhx", fn("asinh", x)],
  ["log(x, 10)", fn("log10", x)],
  ["log_10(x)", fn("log10", x)],
  ["log_2 x", fn("log2", x)],
  ["log(x, 2)", fn("log2", x)],
  ["root(x, 3)", fn("cbrt", x)],
  ["nthRoot(6x, 3)", fn("cbrt", mul(num(6), x))],
  ["∛x", fn("cbrt", x)],
  // the function's name before '='
  ["f(x) = x^2 - 4x", sub(pow(x, num(2)), mul(num(4), x))],
  ["y = 2x", mul(num(2), x)],
  ["f(x, y) = xy", mul(x, y)],
  ["cost(w) = w^2", pow(sym("w"), num(2))],
];

describe("reading: what teachers type", () => {
  it.each(cases)("%j", (input, node) => {
    const n = parse(input);
    expect(n).toBe(node);
    // and the printer's text reads back to the same node
    expect(parse(toText(n))).toBe(n);
  });
});

// input → the notes: [span, message id]
const notes: [string, [[number, number], string][]][] = [
  ["xy", [[[0, 2], "read.product"]]],
  ["2xy + 1", [[[1, 3], "read.product"]]],
  ["x^2 + xy + y^2", [[[6, 8], "read.product"]]],
  [
    "ab + cd",
    [
      [[0, 2], "read.product"],
      [[5, 7], "read.product"],
    ],
  ],
  ["sinx", [[[0, 4], "read.call"]]],
  ["pix", [[[0, 3], "read.call"]]],
  ["log_2x", [[[0, 6], "read.call"]]],
  ["root(x, 5)", [[[0, 10], "read.root"]]],
  ["root(x, 3) + root(x, 2)", []],
  ["x y", []],
  ["x2 + beta1 + theta + w_1 + x_y", []],
  ["sin x + sin^2 x", []],
  ["f(x) = x^2", []],
];

describe("reading: every inferred product is reported", () => {
  it.each(notes)("%j", (input, want) => {
    expect(read(input).notes.map((n) => [n.span, n.msg.id])).toEqual(want);
  });

  it("says how, with the way to write a longer variable, in both languages", () => {
    const [n] = read("2xy").notes;
    expect(say(n!.msg)).toBe("xy is read as x·y; for a single variable with a longer name, write x_y");
    expect(say(n!.msg, "th")).toBe("xy อ่านเป็น x·y; ถ้าต้องการตัวแปรตัวเดียวที่มีชื่อยาว ให้เขียน x_y");
    expect(say(read("sinx y").notes[0]!.msg)).toBe("sinx is read as sin x");
    expect(say(read("root(x, 5)").notes[0]!.msg)).toBe(
      "root(x, 5) is read as a power with exponent 1/5, so it is defined only where the base is 0 or more",
    );
  });
});

describe("reading: the function's name", () => {
  const named: [string, string | undefined, string[] | undefined][] = [
    ["f(x) = x^2", "f", ["x"]],
    ["g(x, y) = x y", "g", ["x", "y"]],
    ["y = x^2", "y", undefined],
    ["cost(w) = w^2", "cost", ["w"]],
    ["x^2", undefined, undefined],
  ];
  it.each(named)("%j", (input, name, params) => {
    const r = read(input);
    expect(r.name).toBe(name);
    expect(r.params).toEqual(params);
  });
});

// input → [code, span]
const errors: [string, ErrorCode, Span][] = [
  ["f(x)", "unexpected_end", [0, 4]],
  ["g(x, y)", "unexpected_end", [0, 7]],
  ["f(x) =", "unexpected_end", [6, 6]],
  ["f(x) = x = 2", "unexpected_token", [9, 10]],
  ["x^2 = 4", "unexpected_token", [4, 5]],
  ["= x", "unexpected_token", [0, 1]],
  ["log7(x)", "unknown_function", [0, 4]],
  ["2 + log7 x", "unknown_function", [4, 8]],
  ["sin2(x)", "unknown_function", [0, 4]],
  ["foo(x)", "unknown_function", [0, 3]],
  ["xfoo(x)", "unknown_function", [0, 4]],
  ["xsin(x)", "unknown_function", [0, 4]],
  ["asech(2x)", "unknown_function", [0, 5]],
  ["Sin(x)", "unknown_function", [0, 3]],
  ["sin", "unexpected_token", [0, 3]],
  ["sin + 1", "unexpected_token", [0, 3]],
  ["2 sin", "unexpected_token", [2, 5]],
  ["sin -x", "unexpected_token", [0, 3]],
  ["√", "unexpected_token", [0, 1]],
  ["sin^-1 x", "unexpected_token", [0, 6]],
  ["sin⁻¹(x)", "unexpected_token", [0, 5]],
  ["x⁻", "unexpected_end", [2, 2]],
  ["pow x", "unexpected_token", [0, 3]],
  ["pow(x)", "wrong_arity", [0, 6]],
  ["root(x, 2, 3)", "wrong_arity", [0, 13]],
  ["log_2(x, 3)", "wrong_arity", [0, 11]],
  ["sin x 2 3", "unexpected_token", [8, 9]],
];

describe("reading: what stays an error", () => {
  it.each(errors)("%j → %s %j", (input, code, span) => expectRefused(tryRead(input), code, span));

  it("a name with a bracket is a function or an error with a hint, never a product", () => {
    const message = (s: string) => (tryParse(s) as { error: Error }).error.message;
    expect(message("log7(x)")).toBe("Unknown function log7: did you mean log(x, 7) or log_7(x)?");
    expect(message("f(x)")).toBe(
      "f(x) alone only names the function: write what it equals, as in f(x) = x^2",
    );
    expect(message("sin^-1 x")).toBe(
      "sin^-1 could mean two things: write asin(x) for the inverse function, or 1/sin(x) for the reciprocal",
    );
    expect(message("sin")).toBe("sin needs an argument after it: sin(x) or sin x");
    expect(message("pow(x)")).toBe("pow takes two arguments, as in pow(x, 2), but 1 were given");
  });
});

describe("reading: bounded", () => {
  it(`bracketless chains count towards MAX_DEPTH (${MAX_DEPTH}) and fail positioned, without a stack overflow`, () => {
    expect(parse("sin ".repeat(MAX_DEPTH) + "x")).toBeDefined();
    const r = tryParse("sin ".repeat(MAX_DEPTH + 1) + "x");
    expect(r).toMatchObject({ ok: false, error: { code: "too_deep" } });
    expect(tryParse("sin ".repeat(10_000) + "x")).toMatchObject({ ok: false, error: { code: "too_deep" } });
  });

  it("long words, products and superscripts read in linear time", () => {
    const t0 = performance.now();
    expect(read("xy".repeat(5_000)).notes).toHaveLength(1);
    expect(() => parse("x²".repeat(5_000))).not.toThrow();
    expect(() => parse("log_2".repeat(9_000) + "x")).toThrow(); // too deep, not a stack overflow
    expect(() => parse("sin x y".repeat(2_000))).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(timeLimit(3000));
  });
});
