// Bounded work: every request the parser accepts is answered quickly or stops with a `too_complex` error that says
// which limit it hit — never a hang, never an out-of-memory crash. A Budget counts, for one request:
//   nodes            operation nodes asked for, and nodes visited by walks over the graph (parsing, derivatives,
//                    simplifying, printing, Hessians): what time and memory grow with
//   critical points  points the calculus method classifies (each costs a Hessian and a neighbourhood test)
//   variables        for the exact methods (closed form, calculus), whose work grows as n² Hessian entries
// The boundary (a CLI request; in the page, calculusView and the engine's calls) runs its work inside `withBudget`;
// node.ts meters nodes, and the methods' loops check points and variables at their heads. Outside withBudget nothing is counted (unit tests call the core directly).
// The limits are deterministic counts, not clocks, so a verdict does not depend on how busy the machine is;
// `npm run bench` checks that they keep every request within 2 s and 500 MB here.

import { DescentError, type Span } from "./errors.ts";
import { setMeter } from "./node.ts";
import { msg, say, type Msg } from "../messages/index.ts";

export interface Limits {
  readonly nodes: number;
  readonly criticalPoints: number;
  readonly exactVariables: number;
}

// nodes: x·x·…·x at the 50,000-character limit needs about 350,000 (its derivative is answered); the derivatives
// of v0·v1·…·v2999 in all 3,000 variables would need millions. criticalPoints: Newton starts from at most 130
// points in two or three variables, so only four or more variables can reach 150 (a product of 8 variables finds
// 272). exactVariables: calculus builds n² Hessian entries and tests n² directions at every point.
export const LIMITS: Limits = { nodes: 400_000, criticalPoints: 150, exactVariables: 10 };

export class Budget {
  nodes = 0;
  criticalPoints = 0;
  /** `span`: the part of the input to point at when a limit is hit (the whole expression, usually). */
  constructor(
    readonly span: Span = [0, 0],
    readonly limits: Limits = LIMITS,
  ) {}

  /** The limit hit, once one is: every later check throws it again, and withBudget rethrows it at the end. */
  exceeded: DescentError | null = null;

  node(count = 1): void {
    if (this.exceeded) throw this.exceeded;
    if ((this.nodes += count) > this.limits.nodes)
      this.fail(msg("budget.nodes", { max: this.limits.nodes.toLocaleString("en-US") }));
  }
  criticalPoint(): void {
    if (this.exceeded) throw this.exceeded;
    if (++this.criticalPoints > this.limits.criticalPoints)
      this.fail(msg("budget.points", { max: String(this.limits.criticalPoints) }));
  }
  exactVariables(n: number): void {
    if (n > this.limits.exactVariables)
      this.fail(msg("budget.vars", { n: String(n), max: String(this.limits.exactVariables) }));
  }
  private fail(m: Msg): never {
    throw (this.exceeded = new DescentError("too_complex", say(m), this.span, m));
  }
}

let current: Budget | null = null;

/** Runs `work` with `budget` counting; nested calls keep the outer budget (one request, one budget). */
export function withBudget<T>(budget: Budget, work: () => T): T {
  if (current) return work();
  current = budget;
  const old = setMeter((n) => budget.node(n));
  try {
    const result = work();
    // A check deep inside may have been caught on the way out (an evaluation that turns any failure into NaN):
    // the answer built after it is not to be trusted.
    if (budget.exceeded) throw budget.exceeded;
    return result;
  } finally {
    setMeter(old);
    current = null;
  }
}

/** The loops' checks: no-ops outside withBudget. */
export const spendCriticalPoint = (): void => current?.criticalPoint();
/** Work about to be done in one piece (the product rule's terms): counted before it is built. */
export const spendNodes = (n: number): void => current?.node(n);
export const checkExactVariables = (n: number): void => current?.exactVariables(n);
