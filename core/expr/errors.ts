// Errors a user can cause: one type, with a code, a message a student understands and a span [start, end)
// into the text they typed. Anything else thrown is a bug.

export type ErrorCode =
  | "unexpected_token"
  | "unexpected_end"
  | "unknown_function"
  | "wrong_arity"
  | "too_deep"
  | "too_long"
  | "domain"
  | "unknown_variable"
  | "invalid_option"
  | "too_complex";

import type { Msg } from "../messages/index.ts";

export type Span = readonly [start: number, end: number];

export class DescentError extends Error {
  readonly code: ErrorCode;
  readonly span: Span;
  /** The message as data, where the core has it in its catalog: the UI shows it in the reader's language. */
  readonly msg?: Msg;
  constructor(code: ErrorCode, message: string, span: Span = [0, 0], msg?: Msg) {
    super(message);
    this.name = "DescentError";
    this.code = code;
    this.span = span;
    if (msg) this.msg = msg;
  }
  toJSON() {
    return { code: this.code, message: this.message, span: [this.span[0], this.span[1]] };
  }
}

/** Results carry their error as data at the UI and CLI boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DescentError };

export function attempt<T>(f: () => T): Result<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof DescentError) return { ok: false, error: e };
    throw e;
  }
}
