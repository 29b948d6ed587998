// Bounds on what one network, dataset or training request may ask for, so every accepted request answers in
// bounded time and memory (the CLI takes requests from anyone; the page's controls stay well inside them).
// A value outside them is the user's error: a DescentError with a catalog message that states the bound.

import { DescentError, type ErrorCode } from "../expr/errors.ts";
import { msg, say, type Msg } from "../messages/index.ts";

/** Points in one dataset or request. */
export const MAX_POINTS = 10_000;
/** Neurons in one layer (inputs and classes included). */
export const MAX_WIDTH = 64;
/** Linear layers (the page offers up to 6 hidden layers, so 7). */
export const MAX_LINEAR = 8;
export const MAX_EPOCHS = 1_000;
/** Optimizer steps in one request (one loss is answered per step). */
export const MAX_STEPS = 100_000;
/** points × epochs × parameters: about the number of multiply-adds of a forward pass, a few seconds at most. */
export const MAX_WORK = 1e9;

export function fail(m: Msg, code: ErrorCode = "invalid_option"): never {
  throw new DescentError(code, say(m), undefined, m);
}

const show = (v: unknown) => (typeof v === "number" ? String(v) : (JSON.stringify(v) ?? String(v)));

export function checkNumber(key: string, v: unknown, min: number, max: number): number {
  if (typeof v !== "number" || !(v >= min && v <= max))
    fail(msg("nn.range", { key, min: String(min), max: String(max), got: show(v) }));
  return v;
}

export function checkWhole(key: string, v: unknown, min: number, max: number): number {
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max)
    fail(msg("nn.whole", { key, min: String(min), max: String(max), got: show(v) }));
  return v as number;
}

export function checkOneOf<T extends string>(key: string, v: unknown, names: readonly T[]): T {
  if (!names.includes(v as T)) fail(msg("nn.oneOf", { key, names: names.join(", "), got: show(v) }));
  return v as T;
}

/** Layer sizes [inputs, hidden…, classes]: whole numbers 1…MAX_WIDTH, 2…MAX_LINEAR + 1 of them. */
export function checkLayers(v: unknown): number[] {
  const ok =
    Array.isArray(v) &&
    v.length >= 2 &&
    v.length <= MAX_LINEAR + 1 &&
    v.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_WIDTH);
  if (!ok)
    fail(
      msg("nn.layers", {
        key: "layers",
        maxLinear: String(MAX_LINEAR),
        maxWidth: String(MAX_WIDTH),
        got: show(v),
      }),
    );
  return (v as number[]).slice();
}

/** Too much work for one request: a too_complex error naming the bound. */
export function checkWork(what: Msg, n: number, max: number): void {
  if (n > max) fail(msg("nn.tooMuch", { what, n: String(n), max: String(max) }), "too_complex");
}
