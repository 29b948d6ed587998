// How a run ended, in words, pinned where `npm run mutation core/methods/descent-messages.ts` found it loose: the
// number format's edges, points and vectors as text, and the message (id and parameters) for each way the loop
// stops, called with the loop's end as data.
import { describe, expect, it } from "vitest";
import { DescentError } from "../expr/errors.ts";
import { msg } from "../messages/index.ts";
import type { LoopEnd } from "./descent-loop.ts";
import { fmt, pointText, stopMessage, vectorText } from "./descent-messages.ts";
import { createOptimizer, type OptimizerConfig } from "./optimizers.ts";

describe("numbers, points and vectors as text", () => {
  it.each<[number, string]>([
    [999_999_000, "999999000"],
    [1e9, "1e+9"],
    [1.5e9, "1.5e+9"],
    [-2e9, "-2e+9"],
    [1e-6, "0.000001"],
    [9.99e-7, "9.99e-7"],
    [0, "0"],
    [1 / 3, "0.333333"],
  ])("fmt(%s) = %s", (v, text) => expect(fmt(v)).toBe(text));

  it("one coordinate bare, several in brackets", () => {
    expect([vectorText([3]), vectorText([1, -2])]).toStrictEqual(["3", "(1, -2)"]);
    expect([pointText(["x"], [3]), pointText(["x", "y"], [1, -2])]).toStrictEqual([
      "x = 3",
      "(x = 1, y = -2)",
    ]);
  });
});

describe("the message for each way the loop stops", () => {
  const ctx = (optimizer: OptimizerConfig = { name: "sgd", lr: 0.1 }) => ({
    vars: ["x", "y"],
    x: Float64Array.of(1, 2),
    f0: 5,
    tol: 0.001,
    maxIter: 50,
    opt: createOptimizer(optimizer, 2),
  });
  const end = (reason: LoopEnd["reason"], k: number, f: number, failed: number[] | null = null): LoopEnd => ({
    reason,
    k,
    f,
    change: 0.0005,
    failed: failed && Float64Array.from(failed),
  });
  const at = "(x = 1, y = 2)";

  it.each<[string, LoopEnd, OptimizerConfig | undefined, string, ReturnType<typeof msg>]>([
    [
      "tolerance after 1",
      end("tolerance", 1, 4),
      undefined,
      "converged",
      msg("gd.converged.one", { k: "1", change: "0.0005", tol: "0.001" }),
    ],
    [
      "tolerance after 2",
      end("tolerance", 2, 4),
      undefined,
      "converged",
      msg("gd.converged.other", { k: "2", change: "0.0005", tol: "0.001" }),
    ],
    [
      "the limit",
      end("max-iter", 50, 4),
      undefined,
      "max-iter",
      msg("gd.maxIter", { n: "50", tol: "0.001" }),
    ],
    [
      "f fell without bound",
      end("blow-up", 7, -1e12),
      undefined,
      "diverged",
      msg("gd.falling", { k: "7", f: "-1e+12" }),
    ],
    ["f blew up", end("blow-up", 7, 1e12), undefined, "diverged", msg("gd.blowUp", { k: "7", f: "1e+12" })],
    [
      "x blew up with f back at its start",
      end("blow-up", 7, 5),
      undefined,
      "diverged",
      msg("gd.blowUp", { k: "7", f: "5" }),
    ],
    ["growth", end("growth", 20, 9), undefined, "diverged", msg("gd.rising", { n: "20", f: "9", f0: "5" })],
    [
      "an overflow",
      end("non-finite", 3, 4, [Infinity, 2]),
      undefined,
      "diverged",
      msg("gd.overflow", { k: "4", at }),
    ],
    [
      "NaN from SGD",
      end("non-finite", 3, 4, [NaN, 2]),
      undefined,
      "diverged",
      msg("gd.notANumber", { k: "4", at }),
    ],
    [
      "NaN from Adam with eps > 0",
      end("non-finite", 3, 4, [NaN, 2]),
      { name: "adam" },
      "diverged",
      msg("gd.notANumber", { k: "4", at }),
    ],
    [
      "0/0 from Adam with eps = 0",
      end("non-finite", 3, 4, [NaN, 2]),
      { name: "adam", eps: 0 },
      "diverged",
      msg("gd.zeroOverZero", { k: "4", at, eps: "eps", opt: "Adam", default: "1e-8" }),
    ],
    [
      "f not computable, nobody says why",
      end("non-finite", 3, 4, [3, 4]),
      undefined,
      "diverged",
      msg("gd.nonFinite", { k: "4", at: "(x = 3, y = 4)" }),
    ],
  ])("%s", (_, loopEnd, optimizer, status, m) => {
    const stop = stopMessage(loopEnd, ctx(optimizer));
    expect([stop.status, stop.m, stop.error]).toStrictEqual([status, m, null]);
  });

  it("outside the domain, the explanation names the update and the point", () => {
    const error = new DescentError("domain", "log of a negative number", [0, 3]);
    const stop = stopMessage(end("domain", 3, 4, [-1, 2]), { ...ctx(), explain: () => error });
    expect([stop.status, stop.reason, stop.error, stop.m.id, stop.m.params]).toMatchObject([
      "diverged",
      "domain",
      error,
      "gd.domain",
      { k: "4", at: "(x = -1, y = 2)" },
    ]);
  });
});
