// The parser where `npm run mutation core/expr/parser.ts` found it loose: each error's catalog message and its
// parameters (not only its code and span), where a node's span starts when it occurs twice, and the shapes that
// must not be read as a function's name or a call: `2(x) = 3`, `f (x) = …` with a space, `ab (x)`, `w_f(x)`.
import { describe, expect, it } from "vitest";
import { msg, type Msg } from "../messages/index.ts";
import { add, fn, mul, num, sym } from "./node.ts";
import { MAX_DEPTH, parse, read, tryRead } from "./parser.ts";

const x = sym("x");
const y = sym("y");

describe("parse errors carry their catalog message as data", () => {
  it.each<[string, string, [number, number], Msg]>([
    ["x $ 2", "unexpected_token", [2, 3], msg("parse.char", { c: "$" })],
    ["$ x", "unexpected_token", [0, 1], msg("parse.char", { c: "$" })],
    ["2 3", "unexpected_token", [2, 3], msg("parse.twoNumbers", { n: "3" })],
    ["1e400", "domain", [0, 5], msg("parse.numberTooLarge", { n: "1e400" })],
    ["pow x", "unexpected_token", [0, 3], msg("parse.fnNeedsBrackets", { f: "pow", example: "pow(x, 2)" })],
    ["f(x)  ", "unexpected_end", [0, 4], msg("parse.fnAlone", { t: "f(x)" })],
    ["(x, y)", "unexpected_token", [2, 3], msg("parse.comma")],
    ["2(x) = 3", "unexpected_token", [5, 6], msg("parse.equals")],
    ["f(2) = x", "unexpected_token", [5, 6], msg("parse.equals")],
    ["f(x y = 2", "unexpected_token", [6, 7], msg("parse.equals")],
    ["f (x) = x^2", "unexpected_token", [6, 7], msg("parse.equals")],
    ["2 + log72 x", "unknown_function", [4, 9], msg("parse.unknownLog", { f: "log72", b: "72" })],
  ])("%j → %s %j", (input, code, span, m) => {
    const r = tryRead(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.error.code, r.error.span, r.error.msg]).toEqual([code, span, m]);
  });

  it("too deep: brackets, and a chain of signs", () => {
    const max = String(MAX_DEPTH);
    const brackets = tryRead("(".repeat(MAX_DEPTH + 1) + "x" + ")".repeat(MAX_DEPTH + 1));
    expect(brackets.ok ? null : brackets.error.msg).toEqual(msg("parse.tooDeep", { max }));
    const signs = tryRead("-".repeat(MAX_DEPTH + 1) + "x");
    expect(signs.ok ? null : signs.error.msg).toEqual(msg("parse.tooDeepChain", { max }));
  });

  it("input that is not text is refused as data, not a crash", () => {
    const r = tryRead(42 as unknown as string);
    expect(r.ok ? null : [r.error.code, r.error.span, r.error.msg]).toEqual([
      "invalid_option",
      [0, 0],
      msg("parse.notText"),
    ]);
  });
});

describe("what is not a function's name or a call", () => {
  it.each<[string, ReturnType<typeof parse>]>([
    ["ab (x)", mul(mul(sym("a"), sym("b")), x)],
    ["w_f(x)", mul(sym("w_f"), x)],
    ["x_log7", sym("x_log7")],
    ["log7_x", sym("log7_x")],
    ["sin cos(x) y", mul(fn("sin", fn("cos", x)), y)],
    ["sin x 2", fn("sin", mul(x, num(2)))],
    ["f(x) + 1: not f(x) alone", add(mul(sym("f"), x), num(1))],
  ])("%j", (input, node) => expect(parse(input.split(":")[0]!)).toBe(node));

  it("a reading with no function name has no name or params keys", () => {
    expect(Object.keys(read("x^2"))).toEqual(["node", "spans", "notes"]);
    expect(Object.keys(read("y = x^2"))).toEqual(["node", "spans", "notes", "name"]);
  });
});

describe("spans", () => {
  it("a node that occurs twice keeps the span of its first occurrence", () => {
    const { node, spans } = read("x + x*x");
    expect([spans.get(x), spans.get(node)]).toEqual([
      [0, 1],
      [0, 7],
    ]);
  });
});
