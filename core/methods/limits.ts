// What f takes and what it approaches: the evidence the calculus method weighs for its global answer, and the
// limit of a sequence of values (toward ±∞, a pole or the edge of the domain) read as −∞, +∞ or a finite bound.

import type { Node } from "../expr/node.ts";
import { pointEvaluator } from "../diff/autodiff.ts";
import { fmt, inInterval, type Exact, type Interval, type MinimumStatus, type Point } from "./result.ts";
import { msg, say, type Arg, type Msg } from "../messages/index.ts";

/** f as a plain function; NaN outside the domain (where evaluate throws). */
export const evaluator = (node: Node): ((p: Point) => number) => pointEvaluator(node);

/** `where` (or `what`) in words together with the message that wrote them. */
export const placed = (m: Msg) => ({ where: say(m), whereMsg: m });
export const named = (m: Msg) => ({ what: say(m), whatMsg: m });

/** A value f actually takes: a local minimum, or a domain end point. */
export interface Candidate {
  x: Point;
  f: number;
  exactF?: Exact;
  what: string;
  whatMsg?: Msg;
  /** The point alone, as printed, when `what` adds words to it (a local minimum). */
  at?: Arg;
  /** f takes this value on a whole interval of the one variable (a plateau); x is one point of it. */
  set?: Interval;
}

/** A value f approaches without (necessarily) reaching it: −∞, a finite bound, or +∞. */
export interface Limit {
  value: number;
  where: string;
  whereMsg?: Msg;
  /** A complete sentence to use instead of "f → −∞ <where>" (the closed form's reasoning for quadratics). */
  reason?: string;
  reasonMsg?: Msg;
}

export interface Decision {
  status: MinimumStatus;
  argmin?: Point;
  /** Every global minimiser found (x⁴ − 2x² has two), argmin first. */
  argmins?: Point[];
  min?: number;
  exactF?: Exact;
  /** When a plateau is among the minimisers: all of them as one set (isolated minimisers as single points). */
  argminSet?: Interval[];
  infimum?: number;
  reason: string;
  reasonMsg: Msg;
  /** The answer's line on the board (a LaTeX message), printed by print-steps.ts. */
  board: Msg;
}

/** The global answer from what f takes (candidates) and what it approaches (limits). */
/**
 * The global answer from the values f takes and the limits it approaches. `definedEverywhere`: f has no point
 * outside its domain, so an undecided answer does not suggest that it might.
 */
export function decide(
  candidates: Candidate[],
  limits: Limit[],
  extra: Candidate[] = [],
  definedEverywhere = false,
): Decision {
  const all = [...candidates, ...extra];
  const what = (c: Candidate): Arg => c.whatMsg ?? c.what;
  const where = (l: Limit): Arg => l.whereMsg ?? l.where;
  const items: Arg[] = candidates
    .slice(0, 3)
    .map((c) => msg("lim.localItem", { at: c.at ?? what(c), f: fmt(c.f) }));
  if (candidates.length > 3) items.push("…");
  const localWords = candidates.length ? msg("lim.localList", { list: { join: "; ", items } }) : "";
  const words = (m: Msg, latex: Msg) => ({
    reason: say(m),
    reasonMsg: m,
    board: latex,
  });
  const down = limits.find((l) => l.value === -Infinity);
  if (down)
    return {
      status: "unbounded",
      ...words(
        msg("lim.then", {
          first: down.reasonMsg ?? down.reason ?? msg("lim.down", { where: where(down) }),
          then: localWords,
        }),
        msg("lim.downLatex"),
      ),
    };
  const finite = limits.filter((l) => Number.isFinite(l.value));
  const inf = finite.reduce<Limit | null>((m, l) => (m === null || l.value < m.value ? l : m), null);
  const best = all.reduce<Candidate | null>((b, c) => {
    if (b === null) return c;
    const tol = 1e-9 * (1 + Math.abs(b.f));
    if (c.f < b.f - tol) return c;
    if (c.f > b.f + tol) return b;
    const n = (p: Point) => Object.values(p).reduce((s, v) => s + v * v, 0);
    return n(c.x) < n(b.x) ? c : b;
  }, null);
  if (best && (inf === null || best.f <= inf.value + 1e-9 * (1 + Math.abs(inf.value)))) {
    const ends = inf ? msg("lim.onlyApproaches", { v: fmt(inf.value), where: where(inf) }) : "";
    const ties = all.filter((c) => c !== best && Math.abs(c.f - best.f) <= 1e-9 * (1 + Math.abs(best.f)));
    const set = minimiserSet([best, ...ties]);
    return {
      status: "minimum",
      argmin: best.x,
      argmins: [best.x, ...ties.map((c) => c.x)],
      min: best.f,
      exactF: best.exactF,
      ...set,
      ...words(
        msg("lim.lowest", {
          f: best.exactF?.text ?? fmt(best.f),
          at: set.argminSet
            ? msg("lim.onSet", { x: Object.keys(best.x)[0]!, set: { set: set.argminSet } })
            : what(best),
          ends,
        }),
        msg("lim.minLatex", { f: best.exactF ?? { num: best.f } }),
      ),
    };
  }
  if (inf)
    return {
      status: "no-minimum",
      infimum: inf.value,
      ...words(
        msg(best ? "lim.approachesHigher" : "lim.approachesNoLocal", {
          v: fmt(inf.value),
          where: where(inf),
          local: localWords,
        }),
        msg("lim.notAttainedLatex", { v: { num: inf.value } }),
      ),
    };
  return {
    status: "unsupported",
    ...words(msg(definedEverywhere ? "lim.undecidedEverywhere" : "lim.undecided"), msg("lim.undecidedLatex")),
  };
}

/** The minimisers as one sorted set, when a plateau is among them. */
function minimiserSet(winners: Candidate[]): { argminSet?: Interval[] } {
  if (!winners.some((c) => c.set)) return {};
  const sets = winners.filter((c) => c.set).map((c) => c.set!);
  const points = winners
    .filter((c) => !c.set)
    .map((c) => Object.values(c.x)[0]!)
    .filter((t) => !sets.some((s) => inInterval(t, s)))
    .map((t): Interval => ({ lo: t, hi: t, loClosed: true, hiClosed: true }));
  const key = (s: Interval) => s.lo ?? -Infinity;
  return { argminSet: [...sets, ...points].sort((a, b) => key(a) - key(b)) };
}

// ---- limits from a sequence of values approaching a point or infinity ----

/** −∞, +∞, an estimate of a finite limit, or NaN when the values oscillate without a trend. */
export function trend(values: readonly number[]): number {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return NaN;
  const last = v[v.length - 1]!;
  // Values that stop being finite part way (exp overflowing) mean a blow-up in the sign of the last good one.
  const brokeOff = !Number.isFinite(values[values.length - 1]!);
  if (brokeOff && Math.abs(last) > 1e30) return last > 0 ? Infinity : -Infinity;
  // Too few values to see a trend: only a clear blow-up counts, and values that stop part way say nothing more.
  if (v.length < 4)
    return Math.abs(last) > 1e8 ? (last > 0 ? Infinity : -Infinity) : brokeOff ? NaN : snap(last);
  // The steps v[i + 1] − v[i]; a step below rounding size of the value it reaches has no sign.
  const all = v.slice(1).map((x, i) => x - v[i]!);
  const signs = all.filter((x, i) => Math.abs(x) > 1e-12 * (1 + Math.abs(v[i + 1]!))).map(Math.sign);
  const turns = signs.filter((x, i) => i > 0 && x !== signs[i - 1]).length;
  // Oscillating (sin x, x·sin x): no limit; only a falling envelope matters.
  if (turns >= 2) return Math.min(...v) < -1e6 ? -Infinity : NaN;
  if (Math.abs(last) > 1e12) return last > 0 ? Infinity : -Infinity;
  const [d1, d2, d3] = all.slice(-3) as [number, number, number];
  if (Math.abs(d3) <= 1e-9 * (1 + Math.abs(last))) return snap(last);
  const steady = Math.abs(d3) >= 0.8 * Math.abs(d2) && Math.abs(d2) >= 0.8 * Math.abs(d1);
  const shrinking = Math.abs(d3) < 0.8 * Math.abs(d2) && Math.abs(d2) < 0.8 * Math.abs(d1);
  if (d1 < 0 && d2 < 0 && d3 < 0 && steady) return -Infinity;
  if (d1 > 0 && d2 > 0 && d3 > 0 && steady) return Infinity;
  return shrinking ? snap(last) : NaN;
}

/**
 * Dense samples further and further out (finite ones, in order): do the lows keep falling, far below anything
 * nearby? The last quarter's lowest value must be under −10⁶ and at least twice as low as the third quarter's.
 */
export function fallingLows(values: readonly number[]): boolean {
  const v = values.filter(Number.isFinite);
  if (v.length < 8) return false;
  const q = Math.floor(v.length / 4);
  const m3 = Math.min(...v.slice(2 * q, 3 * q));
  const m4 = Math.min(...v.slice(3 * q));
  return m4 < -1e6 && m4 < 2 * Math.min(m3, -1);
}

/** A limit estimate of 1e-30 is 0. */
const snap = (x: number) => (Math.abs(x) < 1e-12 ? 0 : x);
