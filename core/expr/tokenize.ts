// Text → tokens, and the reading policy for words (reading.ts's header, README "How Descent Lab reads what you
// type"): a run of letters becomes the names it is read as (`xy` → x, y with a note; `sinx` → sin, x), Unicode as
// typed becomes the plain tokens (x² → x ^ 2, √ → sqrt, θ → theta). One pass, linear in the text.

import type { Span } from "./errors.ts";
import { FUNCTION_NAMES } from "./ops.ts";
import { msg, type Msg } from "../messages/index.ts";
import { CONSTANTS, GREEK, GREEK_LETTERS, type Piece, readsAsCall, splitWord } from "./names.ts";
import { ALIASES, LOG_BASE, SEVERAL } from "./reading.ts";

const LOG_BASE_AT = /log_(?:\d+|[A-Za-z])/y; // LOG_BASE read from lastIndex: log_2log_3x stays linear

export type TokenKind = "num" | "id" | "+" | "-" | "*" | "/" | "^" | "(" | ")" | "," | "=" | "end" | "bad";
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

/** How a word was read, for the UI's variables line and `descent diff`: "xy is read as x·y". */
export interface ReadNote {
  span: Span;
  msg: Msg;
}

/** Names read whole inside a run of letters (names.ts, splitWord). */
const KNOWN: ReadonlySet<string> = new Set([
  ...FUNCTION_NAMES.keys(),
  ...ALIASES.keys(),
  ...SEVERAL.keys(),
  ...CONSTANTS,
  ...GREEK,
]);
const LONGEST = Math.max(...[...KNOWN].map((k) => k.length));
export const isFunctionName = (name: string) =>
  FUNCTION_NAMES.has(name) || ALIASES.has(name) || SEVERAL.has(name) || LOG_BASE.test(name);

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const GREEK_SUFFIX = /(?:_[A-Za-z0-9]+|\d+)/y; // θ_1, θ1
const SPACE = /\s+/y; // any Unicode space, so a pasted non-breaking space is fine
const SYMBOLS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ["+", "+"],
  ["-", "-"],
  ["\u2212", "-"],
  ["*", "*"],
  ["\u00d7", "*"],
  ["\u00b7", "*"],
  ["\u22c5", "*"],
  ["/", "/"],
  ["\u00f7", "/"],
  ["^", "^"],
  ["(", "("],
  [")", ")"],
  [",", ","],
  ["=", "="],
]);
const SUPERSCRIPT: ReadonlyMap<string, string> = new Map([
  ..."⁰¹²³⁴⁵⁶⁷⁸⁹".split("").map((c, d): [string, string] => [c, String(d)]),
  ["⁻", "-"],
  ["⁺", "+"],
]);
const ROOT_SIGNS: ReadonlyMap<string, string> = new Map([
  ["√", "sqrt"],
  ["∛", "cbrt"],
]);

/** Splits a word into the tokens it is read as; a note says so when it became several. */
function readWord(word: string, at: number, next: string, out: Token[], notes: ReadNote[]) {
  const pieces: Piece[] = [];
  let rest = 0;
  for (LOG_BASE_AT.lastIndex = 0; LOG_BASE_AT.exec(word); rest = LOG_BASE_AT.lastIndex)
    pieces.push({ text: word.slice(rest, LOG_BASE_AT.lastIndex), start: rest, end: LOG_BASE_AT.lastIndex });
  const tail = word.slice(rest);
  const whole =
    tail.includes("_") ||
    KNOWN.has(tail) ||
    // `foo(`: a name followed by its bracket is a function or an unknown function, never f·o·o·(…) — nor
    // a·sec(…) for asec(…) when the table has no asec.
    (next === "(" && readsAsCall(tail));
  if (tail)
    for (const p of whole ? [{ text: tail, start: 0, end: tail.length }] : splitWord(tail, KNOWN, LONGEST))
      pieces.push({ text: p.text, start: rest + p.start, end: rest + p.end });
  for (const p of pieces) out.push({ kind: "id", start: at + p.start, end: at + p.end, text: p.text });
  if (pieces.length > 1) {
    const letters = pieces.every((p) => /^[A-Za-z]\d*$/.test(p.text));
    // x·y between factors, a space after a function's name: "sinxy" is read as "sin x·y".
    const reading = pieces
      .map((p, k) => (k === 0 ? "" : isFunctionName(pieces[k - 1]!.text) ? " " : "\u00b7") + p.text)
      .join("");
    const span: Span = [at, at + word.length];
    notes.push({
      span,
      msg: letters
        ? msg("read.product", { t: word, reading, one: `${word[0]}_${word.slice(1)}` })
        : msg("read.call", { t: word, reading }),
    });
  }
}

export function tokenize(text: string, notes: ReadNote[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const match = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(text)?.[0];
  };
  const push = (kind: TokenKind, start: number, end: number, t: string) =>
    tokens.push({ kind, start, end, text: t });
  while (i < text.length) {
    const space = match(SPACE);
    if (space) {
      i += space.length;
      continue;
    }
    const c = text[i]!;
    if (/[0-9.]/.test(c) && match(NUMBER)) {
      const n = match(NUMBER)!;
      push("num", i, i + n.length, n);
      i += n.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = match(IDENT)!;
      readWord(word, i, text[i + word.length] ?? "", tokens, notes);
      i += word.length;
    } else if (c === "*" && text[i + 1] === "*") {
      push("^", i, i + 2, "**");
      i += 2;
    } else if (SUPERSCRIPT.has(c)) {
      // x⁻¹⁰ is x ^ - 10: a `^` of no width, then the signs and the digits as typed.
      push("^", i, i, "^");
      for (; SUPERSCRIPT.get(text[i]!)?.match(/[-+]/); i++)
        push(SUPERSCRIPT.get(text[i]!) as TokenKind, i, i + 1, text[i]!);
      const start = i;
      let digits = "";
      for (let d = SUPERSCRIPT.get(text[i] ?? ""); d && /\d/.test(d); d = SUPERSCRIPT.get(text[i] ?? "")) {
        digits += d;
        i++;
      }
      if (digits) push("num", start, i, digits);
    } else if (GREEK_LETTERS.has(c) || ROOT_SIGNS.has(c)) {
      const start = i++;
      const suffix = GREEK_LETTERS.has(c) ? (match(GREEK_SUFFIX) ?? "") : "";
      i += suffix.length;
      push("id", start, i, (GREEK_LETTERS.get(c) ?? ROOT_SIGNS.get(c)!) + suffix);
    } else {
      // A character outside the BMP is two UTF-16 units; keep it whole so the span covers it.
      const t = String.fromCodePoint(text.codePointAt(i)!);
      push(SYMBOLS.get(c) ?? "bad", i, i + t.length, t);
      i += t.length;
    }
  }
  tokens.push({ kind: "end", start: text.length, end: text.length, text: "" });
  return tokens;
}
