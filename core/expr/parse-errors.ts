// The errors the parser raises, KaTeX's ParseError in spirit: each a DescentError with a code, a catalog message
// (so the UI can say it in the reader's language) and the span [start, end) of the text it is about.

import { DescentError, type ErrorCode, type Span } from "./errors.ts";
import { msg, say, type Msg } from "../messages/index.ts";
import type { Token } from "./tokenize.ts";

export const MAX_LENGTH = 50_000;

const describe = (t: Token): Msg | string => (t.kind === "end" ? msg("parse.theEnd") : `'${t.text}'`);

/** A parse error whose sentence is a catalog message: the UI can say it in the reader's language. */
export const fail = (code: ErrorCode, m: Msg, span: Span) => new DescentError(code, say(m), span, m);

/** What the parser says at a token it cannot use; `pos` is that token's index in `tokens`. */
export function unexpected(t: Token, tokens: readonly Token[], pos: number): DescentError {
  if (t.kind === "end") return fail("unexpected_end", msg("parse.endsEarly"), [t.start, t.end]);
  if (t.kind === ")" && !hasOpenParen(tokens, pos))
    return fail("unexpected_token", msg("parse.strayClose"), [t.start, t.end]);
  if (t.kind === ",") return fail("unexpected_token", msg("parse.comma"), [t.start, t.end]);
  if (t.kind === "=") return fail("unexpected_token", msg("parse.equals"), [t.start, t.end]);
  const m =
    pos > 0
      ? msg("parse.unexpectedAfter", { t: describe(t), prev: describe(tokens[pos - 1]!) })
      : msg("parse.unexpected", { t: describe(t) });
  return fail("unexpected_token", m, [t.start, t.end]);
}

function hasOpenParen(tokens: readonly Token[], pos: number): boolean {
  let open = 0;
  for (let i = 0; i < pos; i++) {
    const k = tokens[i]!.kind;
    if (k === "(") open++;
    else if (k === ")") open--;
  }
  return open > 0;
}

export function tooLong(text: string): DescentError | null {
  if (text.length <= MAX_LENGTH) return null;
  return fail("too_long", msg("parse.tooLong", { n: String(text.length), max: String(MAX_LENGTH) }), [
    MAX_LENGTH,
    text.length,
  ]);
}
