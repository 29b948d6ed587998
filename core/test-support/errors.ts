// What a call that must fail threw or returned: a domain error to read further, or a refused input checked against
// its exact code and span.

import { expect } from "vitest";
import { DescentError, type ErrorCode, type Result, type Span } from "../expr/errors.ts";
import type { Msg } from "../messages/index.ts";

/** The DescentError `f` throws, checked to be a domain error (the test fails if f throws nothing else). */
export function domainError(f: () => unknown): DescentError {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DescentError);
  expect((error as DescentError).code).toBe("domain");
  return error as DescentError;
}

/** A refused input: a DescentError with exactly this code and span, and a message that says something. */
export function expectRefused(r: Result<unknown>, code: ErrorCode, span: Span): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toBeInstanceOf(DescentError);
  expect(r.error.code).toBe(code);
  expect(r.error.span).toEqual(span);
  expect(r.error.message.length).toBeGreaterThan(10);
}

/** What `f` threw, as data to compare whole: the DescentError's code, span and catalog message; null when it
 *  returned. Anything but a DescentError is thrown on. */
export function thrown(f: () => unknown): [ErrorCode, Span, Msg | undefined] | null {
  try {
    f();
  } catch (e) {
    if (!(e instanceof DescentError)) throw e;
    return [e.code, e.span, e.msg];
  }
  return null;
}

/** The same without the span (errors about a request's fields, which carry no place in a typed text). */
export const thrownCodeAndMsg = (f: () => unknown): [ErrorCode, Msg | undefined] | null => {
  const t = thrown(f);
  return t && [t[0], t[2]];
};
