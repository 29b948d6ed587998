// What a call that must fail threw or returned: a domain error to read further, or a refused input checked against
// its exact code and span.

import { expect } from "vitest";
import { DescentError, type ErrorCode, type Result, type Span } from "../expr/errors.ts";

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
