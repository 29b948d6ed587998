// What a call that must fail with a domain error threw, for the tests that then read its message and span.

import { expect } from "vitest";
import { DescentError } from "../expr/errors.ts";

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
