// How names and calls are read, where `npm run mutation core/expr/reading.ts` found it loose: the arity messages and
// their examples, log with a base (a number, e, or a name), the note a root leaves, and the nearest
// spelling offered for an unknown function.
import { describe, expect, it } from "vitest";
import { msg, type Msg } from "../messages/index.ts";
import { div, fn, num, sym, type Node } from "./node.ts";
import { FUNCTION_NAMES } from "./ops.ts";
import { parse, read, tryRead } from "./parser.ts";

const x = sym("x");

describe("reading calls", () => {
  it.each<[string, Msg]>([
    ["sin()", msg("parse.arityNone", { f: "sin" })],
    ["root(x, 2, 3)", msg("parse.arityTwo", { f: "root", n: "3", example: "root(x, 3)" })],
    ["SIN(x)", msg("parse.unknownFnCase", { f: "SIN", near: "sin" })],
    ["foo(x)", msg("parse.unknownFn", { f: "foo", known: [...FUNCTION_NAMES.keys()].join(", ") })],
  ])("%j says so with its parameters", (input, m) => {
    const r = tryRead(input);
    expect(r.ok ? null : r.error.msg).toEqual(m);
  });

  it.each<[string, Node]>([
    ["log(x, 2)", fn("log2", x)],
    ["log(x, 3)", div(fn("log", x), fn("log", num(3)))],
    ["log(x, e)", fn("log", x)],
    ["log_a(x)", div(fn("log", x), fn("log", sym("a")))],
  ])("%j", (input, node) => expect(parse(input)).toBe(node));

  it("a root that is a power leaves a note quoting the call and its index", () => {
    expect(read("1 + root(x, 5)").notes.map((n) => [n.span, n.msg])).toEqual([
      [[4, 14], msg("read.root", { t: "root(x, 5)", n: "5" })],
    ]);
  });
});
