// How a gradient-descent run ended, in words: the loop's StopReason (descent-loop.ts) becomes a status and a
// catalog message. A failed update is told apart here: x overflowed, or it left f's domain (the compiled form's
// slow path names the operation), or f/∇f could not be computed for no reason anyone can name.
//
// Statuses:
//   converged  the tolerance test passed.
//   max-iter   the iteration limit came first.
//   diverged   the run was stopped: "non-finite", "domain" (folded into diverged: the run cannot go on, as when
//              it blows up, so the status stays one of three), "blow-up" or "growth".

import { DescentError } from "../expr/errors.ts";
import { RISE_WINDOW, type LoopEnd, type StopReason } from "./descent-loop.ts";
import type { DescentStatus } from "./descent-run.ts";
import { msg, say, type Arg, type Msg } from "../messages/index.ts";
import { DEFAULTS, type Optimizer } from "./optimizers.ts";

/** Six significant digits; beyond 10⁹ (or below 10⁻⁶) in powers of ten, never a row of digits (f = 3.91543e+17,
 *  which the UI writes 3.91543 × 10¹⁷). */
export const fmt = (v: number) => {
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e9 || a < 1e-6)
    ? v.toPrecision(6).replace(/\.?0+e/, "e")
    : String(Number(v.toPrecision(6)));
};
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : s + ".");

export function vectorText(v: ArrayLike<number>): string {
  return v.length === 1 ? fmt(v[0]!) : `(${Array.from(v, fmt).join(", ")})`;
}

export function pointText(vars: string[], x: ArrayLike<number>): string {
  return vars.length === 1
    ? `${vars[0]} = ${fmt(x[0]!)}`
    : `(${vars.map((v, i) => `${v} = ${fmt(x[i]!)}`).join(", ")})`;
}

/** Why a domain error happened, as the clause a message embeds. */
const why = (e: DescentError): Arg => (e.msg ? msg("dom.sentence", { s: e.msg }) : sentence(e.message));

/** f cannot be evaluated at x0: the error that says so (and why, when the slow path can tell). */
export function badStart(
  vars: string[],
  x: Float64Array,
  explained: DescentError | null | undefined,
): DescentError {
  const at = pointText(vars, x);
  const m = explained ? msg("gd.badStart", { at, why: why(explained) }) : msg("gd.badStartBare", { at });
  return new DescentError("domain", say(m), explained?.span, m);
}

export interface Stop {
  status: DescentStatus;
  reason: StopReason;
  m: Msg;
  /** Only for reason "domain": the error naming the operation. */
  error: DescentError | null;
}

/** The status and message for how the loop ended. `x` is the last recorded point. */
export function stopMessage(
  end: LoopEnd,
  ctx: {
    vars: string[];
    x: Float64Array;
    f0: number;
    tol: number;
    maxIter: number;
    explain?: (x: Float64Array) => DescentError | null;
    opt: Optimizer;
  },
): Stop {
  const { k, f, change } = end;
  const { vars, x, f0, tol, maxIter, explain } = ctx;
  switch (end.reason) {
    case "tolerance":
      return {
        status: "converged",
        reason: "tolerance",
        m: msg(k === 1 ? "gd.converged.one" : "gd.converged.other", {
          k: String(k),
          change: fmt(change),
          tol: fmt(tol),
        }),
        error: null,
      };
    case "max-iter":
      return {
        status: "max-iter",
        reason: "max-iter",
        m: msg("gd.maxIter", { n: String(maxIter), tol: fmt(tol) }),
        error: null,
      };
    case "non-finite":
    case "domain": {
      const bad = end.failed!;
      if (bad.some((v) => !Number.isFinite(v)))
        return {
          status: "diverged",
          reason: "non-finite",
          m: badUpdate(bad, k + 1, pointText(vars, x), ctx.opt),
          error: null,
        };
      const error = explain?.(bad) ?? null;
      const where = pointText(vars, bad);
      return {
        status: "diverged",
        reason: error ? "domain" : "non-finite",
        m: error
          ? msg("gd.domain", { k: String(k + 1), at: where, why: why(error) })
          : msg("gd.nonFinite", { k: String(k + 1), at: where }),
        error,
      };
    }
    case "blow-up":
      return {
        status: "diverged",
        reason: "blow-up",
        m: msg(f < f0 ? "gd.falling" : "gd.blowUp", { k: String(k), f: fmt(f) }),
        error: null,
      };
    case "growth":
      return {
        status: "diverged",
        reason: "growth",
        m: msg("gd.rising", { n: String(RISE_WINDOW), f: fmt(f), f0: fmt(f0) }),
        error: null,
      };
  }
}

const TITLE = { rmsprop: "RMSprop", adagrad: "Adagrad", adam: "Adam" } as const;

/**
 * An update made x non-finite. ±Infinity is an overflow: the step was too large. NaN from an adaptive method with
 * eps = 0 is 0/0: its denominator √v + eps is 0 while the gradient is 0 too (a start at a stationary point), not
 * a learning rate that is too large. Any other NaN is told as it is.
 */
function badUpdate(bad: Float64Array, k: number, at: string, opt: Optimizer): Msg {
  if (!bad.some(Number.isNaN)) return msg("gd.overflow", { k: String(k), at });
  if (opt.name !== "sgd" && opt.options.eps === 0)
    return msg("gd.zeroOverZero", {
      k: String(k),
      at,
      eps: "eps",
      opt: TITLE[opt.name],
      default: String(DEFAULTS[opt.name].eps),
    });
  return msg("gd.notANumber", { k: String(k), at });
}
