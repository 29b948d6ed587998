// The work budget at its limits, where `npm run mutation core/expr/budget.ts` found it loose: each limit met
// exactly is allowed and one more is too_complex with the catalog message and the budget's span; once exceeded,
// every later check throws the same error; outside withBudget the loops' checks do nothing.
import { describe, expect, it } from "vitest";
import { msg, type Msg } from "../messages/index.ts";
import { Budget, checkExactVariables, spendCriticalPoint, spendNodes } from "./budget.ts";
import type { DescentError } from "./errors.ts";

const LIMITS = { nodes: 3, criticalPoints: 2, exactVariables: 2 };
const thrown = (f: () => void): DescentError | null => {
  try {
    f();
  } catch (e) {
    return e as DescentError;
  }
  return null;
};
const as = (e: DescentError | null) => e && [e.code, e.span, e.msg];

describe("Budget: each limit met exactly, then one more", () => {
  it.each<[string, (b: Budget) => void, (b: Budget) => void, Msg]>([
    [
      "nodes",
      (b) => b.node(LIMITS.nodes),
      (b) => b.node(),
      msg("budget.nodes", { max: LIMITS.nodes.toLocaleString("en-US") }),
    ],
    [
      "critical points",
      (b) => {
        for (let k = 0; k < LIMITS.criticalPoints; k++) b.criticalPoint();
      },
      (b) => b.criticalPoint(),
      msg("budget.points", { max: String(LIMITS.criticalPoints) }),
    ],
    [
      "exact variables",
      (b) => b.exactVariables(LIMITS.exactVariables),
      (b) => b.exactVariables(LIMITS.exactVariables + 1),
      msg("budget.vars", { n: String(LIMITS.exactVariables + 1), max: String(LIMITS.exactVariables) }),
    ],
  ])("%s", (_, upTo, oneMore, m) => {
    const b = new Budget([1, 4], LIMITS);
    expect(thrown(() => upTo(b))).toBeNull();
    const e = thrown(() => oneMore(b));
    expect(as(e)).toEqual(["too_complex", [1, 4], m]);
    expect(b.exceeded).toBe(e);
  });

  it("once exceeded, every later check throws the same error", () => {
    const b = new Budget([0, 2], LIMITS);
    const first = thrown(() => b.node(LIMITS.nodes + 1));
    expect(first).not.toBeNull();
    expect(thrown(() => b.node(0))).toBe(first);
    expect(thrown(() => b.criticalPoint())).toBe(first);
  });

  it("without a span, the error points at [0, 0]", () => {
    expect(thrown(() => new Budget(undefined, LIMITS).node(LIMITS.nodes + 1))?.span).toEqual([0, 0]);
  });

  it("outside withBudget the loops' checks do nothing", () => {
    expect(thrown(() => spendCriticalPoint())).toBeNull();
    expect(thrown(() => spendNodes(1e9))).toBeNull();
    expect(thrown(() => checkExactVariables(1e9))).toBeNull();
  });
});
