// Every token's kind, span and text, where `npm run mutation core/expr/tokenize.ts` found them unpinned: the pieces
// of a word after its first letter or a log base, `**`, superscripts (a `^` of no width, a sign, then digits), and a
// character the language does not have, which must come back as an error, not a crash.
import { describe, expect, it } from "vitest";
import { msg } from "../messages/index.ts";
import { tryRead } from "./parser.ts";
import { tokenize } from "./tokenize.ts";

type Row = [kind: string, start: number, end: number, text: string];

describe("tokenize: kind, span and text of every token", () => {
  it.each<[string, Row[]]>([
    [
      "2 + xy",
      [
        ["num", 0, 1, "2"],
        ["+", 2, 3, "+"],
        ["id", 4, 5, "x"],
        ["id", 5, 6, "y"],
        ["end", 6, 6, ""],
      ],
    ],
    [
      "log_2xy",
      [
        ["id", 0, 5, "log_2"],
        ["id", 5, 6, "x"],
        ["id", 6, 7, "y"],
        ["end", 7, 7, ""],
      ],
    ],
    [
      "x**2",
      [
        ["id", 0, 1, "x"],
        ["^", 1, 3, "**"],
        ["num", 3, 4, "2"],
        ["end", 4, 4, ""],
      ],
    ],
    [
      "x²⁻¹",
      [
        ["id", 0, 1, "x"],
        ["^", 1, 1, "^"],
        ["num", 1, 2, "2"],
        ["^", 2, 2, "^"],
        ["-", 2, 3, "⁻"],
        ["num", 3, 4, "1"],
        ["end", 4, 4, ""],
      ],
    ],
    [
      "x⁻¹⁰",
      [
        ["id", 0, 1, "x"],
        ["^", 1, 1, "^"],
        ["-", 1, 2, "⁻"],
        ["num", 2, 4, "10"],
        ["end", 4, 4, ""],
      ],
    ],
    [
      ".",
      [
        ["bad", 0, 1, "."],
        ["end", 1, 1, ""],
      ],
    ],
  ])("%j", (text, rows) => {
    expect(tokenize(text, []).map((t) => [t.kind, t.start, t.end, t.text])).toEqual(rows);
  });

  it("a lone '.' is an unexpected character, reported as data", () => {
    const r = tryRead(".");
    expect(r.ok ? null : [r.error.code, r.error.span, r.error.msg]).toEqual([
      "unexpected_token",
      [0, 1],
      msg("parse.char", { c: "." }),
    ]);
  });
});
