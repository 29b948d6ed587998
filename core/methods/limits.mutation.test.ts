// The global answer from what f takes and what it approaches (limits.ts), pinned where `npm run mutation
// core/methods/limits.ts` found it loose: decide()'s whole decision (the sentence and the board line as a reader sees
// them, ties within 10⁻⁹·(1 + |f|), the nearest-the-origin rule, a minimum met with equality at the infimum, the
// plateau's set), trend()'s cases at their thresholds, and fallingLows()' quarters. The expected sentences are the
// catalog's English, written out; the numbers are the inputs'.
import { describe, expect, it } from "vitest";
import { msg, say } from "../messages/index.ts";
import { decide, fallingLows, trend, type Candidate, type Decision, type Limit } from "./limits.ts";
import type { Interval } from "./result.ts";

const cand = (x: number, f: number, what = `x = ${x}`, set?: Interval): Candidate => ({
  x: { x },
  f,
  what,
  ...(set ? { set } : {}),
});
const lim = (value: number, where: string): Limit => ({ value, where });
/** The decision as a reader sees it: its fields, the sentence and the board's LaTeX line. */
const seen = (d: Decision) => {
  const { reasonMsg, board, ...rest } = d;
  expect(say(reasonMsg)).toBe(d.reason);
  return { ...rest, board: say(board, "en", "latex") };
};

describe("decide: −∞ anywhere wins", () => {
  it("the first −∞ limit, with the local minima listed (three at most)", () => {
    const c = [cand(1, 2), cand(2, 3), cand(3, 4), cand(4, 5)];
    const d = decide(c, [lim(0, "as x → +∞"), lim(-Infinity, "as x → −∞"), lim(-Infinity, "as x → 0")]);
    expect(seen(d)).toStrictEqual({
      status: "unbounded",
      reason:
        "f → −∞ as x → −∞, so f is unbounded below and has no minimum (local minima: x = 1, f = 2; x = 2, f = 3; x = 3, f = 4; …)",
      board: "f \\to -\\infty",
    });
  });

  it("three local minima: no ellipsis; none: no list; a limit's own sentence replaces the default", () => {
    const c = [cand(1, 2), cand(2, 3), cand(3, 4)];
    expect(decide(c, [lim(-Infinity, "far out")]).reason).toBe(
      "f → −∞ far out, so f is unbounded below and has no minimum (local minima: x = 1, f = 2; x = 2, f = 3; x = 3, f = 4)",
    );
    expect(decide([], [lim(-Infinity, "far out")]).reason).toBe(
      "f → −∞ far out, so f is unbounded below and has no minimum",
    );
    expect(
      decide([], [{ value: -Infinity, where: "w", reason: "because the parabola opens down" }]).reason,
    ).toBe("because the parabola opens down");
    // An extra candidate (a corner, an end point) is not a local minimum: not listed.
    expect(decide([], [lim(-Infinity, "far out")], [cand(0, 1)]).reason).toBe(
      "f → −∞ far out, so f is unbounded below and has no minimum",
    );
  });

  it("a message, where given, says the place or the point instead of the plain words", () => {
    const where = msg("scan.toward", { x: "x", to: "−∞" });
    const down: Limit = { value: -Infinity, where: "(plain words)", whereMsg: where };
    expect(decide([], [down]).reason).toBe("f → −∞ as x → −∞, so f is unbounded below and has no minimum");
    const because: Limit = {
      value: -Infinity,
      where: "w",
      reason: "(plain reason)",
      reasonMsg: msg("lim.undecided"),
    };
    expect(decide([], [because]).reason).toBe(say(msg("lim.undecided")));
    const local: Candidate = {
      ...cand(1, 2),
      what: "(plain)",
      whatMsg: msg("calc.localMinAt", { point: "(1, 2)" }),
    };
    expect(decide([local], []).reason).toBe("the lowest value f takes is 2, at (1, 2) (a local minimum)");
    expect(decide([local], [{ value: 1, where: "(plain)", whereMsg: where }]).reason).toBe(
      "f approaches 1 as x → −∞ but never reaches it, and every critical point is higher: bounded below, no minimum (local minima: (1, 2) (a local minimum), f = 2)",
    );
  });

  it("a candidate's `at` names it in the list", () => {
    const c = { ...cand(1, 2), at: "(1, 0)" };
    expect(decide([c], [lim(-Infinity, "far out")]).reason).toBe(
      "f → −∞ far out, so f is unbounded below and has no minimum (local minima: (1, 0), f = 2)",
    );
  });
});

describe("decide: the lowest value taken, against the lowest limit", () => {
  it("the lowest candidate, nothing approached", () => {
    const d = decide([cand(1, 2), cand(-3, -1)], [lim(Infinity, "far out")]);
    expect(seen(d)).toStrictEqual({
      status: "minimum",
      argmin: { x: -3 },
      argmins: [{ x: -3 }],
      min: -1,
      exactF: undefined,
      reason: "the lowest value f takes is -1, at x = -3",
      board: "\\min f = -1",
    });
  });

  it("equal within 10⁻⁹·(1 + |f|): the one nearer the origin wins, the other is a tie", () => {
    const tol = 1e-9 * (1 + 4);
    const d = decide([cand(3, 4), cand(-2, 4 + tol / 2)], []);
    expect(d.argmin).toStrictEqual({ x: -2 });
    expect(d.argmins).toStrictEqual([{ x: -2 }, { x: 3 }]);
    // Equal distance: the first listed stays.
    expect(decide([cand(2, 4), cand(-2, 4)], []).argmins).toStrictEqual([{ x: 2 }, { x: -2 }]);
    // Just outside: the lower one, alone, wherever it is.
    const e = decide([cand(-2, 4 + 2 * tol), cand(3, 4)], []);
    expect(e.argmins).toStrictEqual([{ x: 3 }]);
    const g = decide([cand(3, 4), cand(-2, 4 - 2 * tol)], []);
    expect(g.argmins).toStrictEqual([{ x: -2 }]);
    expect(g.min).toBe(4 - 2 * tol);
  });

  it("a tie's tolerance is measured from the winner: 10⁻⁹·(1 + |min|), met with equality", () => {
    // min = 0: tolerance 1e-9 exactly.
    expect(decide([cand(0, 0), cand(5, 1e-9)], []).argmins).toStrictEqual([{ x: 0 }, { x: 5 }]);
    expect(decide([cand(0, 0), cand(5, 1.5e-9)], []).argmins).toStrictEqual([{ x: 0 }]);
    // Negative min: |f| counts.
    expect(decide([cand(0, -3), cand(5, -3 + 3e-9)], []).argmins).toStrictEqual([{ x: 0 }, { x: 5 }]);
  });

  it("the best candidate at or below the infimum is the minimum; the approached value is mentioned", () => {
    const d = decide([cand(1, 2)], [lim(2, "as x → +∞"), lim(5, "as x → −∞")]);
    expect(seen(d)).toStrictEqual({
      status: "minimum",
      argmin: { x: 1 },
      argmins: [{ x: 1 }],
      min: 2,
      exactF: undefined,
      reason: "the lowest value f takes is 2, at x = 1; f only approaches 2 as x → +∞",
      board: "\\min f = 2",
    });
    // Within 10⁻⁹·(1 + |inf|) above it still counts; further above it does not.
    expect(decide([cand(1, 2 + 3e-9)], [lim(2, "far")]).status).toBe("minimum");
    expect(decide([cand(1, 2 + 4e-9)], [lim(2, "far")]).status).toBe("no-minimum");
    expect(decide([cand(1, -2 + 3e-9)], [lim(-2, "far")]).status).toBe("minimum");
  });

  it("the lowest of several limits is the one named", () => {
    const d = decide([cand(1, 0)], [lim(3, "as x → a"), lim(1, "as x → b"), lim(2, "as x → c")]);
    expect(d.reason).toBe("the lowest value f takes is 0, at x = 1; f only approaches 1 as x → b");
    // A tie between limits: the first.
    expect(decide([cand(1, 0)], [lim(1, "first"), lim(1, "second")]).reason).toBe(
      "the lowest value f takes is 0, at x = 1; f only approaches 1 first",
    );
  });

  it("an exact value and a message for the point are used", () => {
    const c: Candidate = { ...cand(0.5, 0.25), exactF: { text: "1/4", latex: "\\frac{1}{4}" } };
    const d = decide([c], []);
    expect(seen(d)).toStrictEqual({
      status: "minimum",
      argmin: { x: 0.5 },
      argmins: [{ x: 0.5 }],
      min: 0.25,
      exactF: { text: "1/4", latex: "\\frac{1}{4}" },
      reason: "the lowest value f takes is 1/4, at x = 0.5",
      board: "\\min f = \\frac{1}{4}",
    });
  });

  it("a plateau among the winners: every minimiser as one sorted set, points inside it dropped", () => {
    const plateau = cand(0, 1, "the plateau", { lo: null, hi: 0, loClosed: false, hiClosed: true });
    const d = decide([cand(-1, 1), plateau, cand(2, 1), cand(7, 3)], []);
    expect(seen(d)).toStrictEqual({
      status: "minimum",
      argmin: { x: 0 },
      argmins: [{ x: 0 }, { x: -1 }, { x: 2 }],
      min: 1,
      exactF: undefined,
      argminSet: [
        { lo: null, hi: 0, loClosed: false, hiClosed: true },
        { lo: 2, hi: 2, loClosed: true, hiClosed: true },
      ],
      reason: "the lowest value f takes is 1, at every x in (−∞, 0] ∪ {2} (f is constant there)",
      board: "\\min f = 1",
    });
    // Two plateaus and a point left of both: sorted by their left ends.
    const a = cand(5, 0, "a", { lo: 4, hi: 6, loClosed: true, hiClosed: false });
    const b = cand(1, 0, "b", { lo: 1, hi: 2, loClosed: true, hiClosed: true });
    expect(decide([a, b, cand(-3, 0)], []).argminSet).toStrictEqual([
      { lo: -3, hi: -3, loClosed: true, hiClosed: true },
      { lo: 1, hi: 2, loClosed: true, hiClosed: true },
      { lo: 4, hi: 6, loClosed: true, hiClosed: false },
    ]);
    // The point at an open end of a plateau is not inside it.
    expect(decide([a, cand(6, 0)], []).argminSet).toHaveLength(2);
    // No plateau: no set.
    expect("argminSet" in decide([cand(0, 0), cand(1, 0)], [])).toBe(false);
  });
});

describe("decide: only approached, or nothing found", () => {
  it("a candidate above the infimum: approached, every critical point higher", () => {
    const d = decide([cand(1, 5)], [lim(1, "as x → +∞")]);
    expect(seen(d)).toStrictEqual({
      status: "no-minimum",
      infimum: 1,
      reason:
        "f approaches 1 as x → +∞ but never reaches it, and every critical point is higher: bounded below, no minimum (local minima: x = 1, f = 5)",
      board: "\\inf f = 1 \\text{ (not attained)}",
    });
  });

  it("no candidate: no local minimum", () => {
    expect(seen(decide([], [lim(0, "as x → −∞"), lim(Infinity, "as x → +∞")]))).toStrictEqual({
      status: "no-minimum",
      infimum: 0,
      reason:
        "f approaches 0 as x → −∞ but never reaches it, and there is no local minimum: bounded below, no minimum",
      board: "\\inf f = 0 \\text{ (not attained)}",
    });
  });

  it("an extra candidate alone is enough for a minimum", () => {
    expect(decide([], [lim(Infinity, "far")], [cand(0, 3)]).status).toBe("minimum");
  });

  it("neither a value nor a finite limit: undecided", () => {
    expect(seen(decide([], [lim(Infinity, "far")]))).toStrictEqual({
      status: "unsupported",
      reason: "no minimum and no lower bound were found in the range searched (f may be undefined there)",
      board: "\\text{undecided}",
    });
    // f defined at every point: the words do not suggest it might not be.
    expect(seen(decide([], [lim(Infinity, "far")], [], true))).toStrictEqual({
      status: "unsupported",
      reason: "no minimum and no lower bound were found in the range searched",
      board: "\\text{undecided}",
    });
  });
});

describe("trend: the limit a sequence of values shows", () => {
  it.each<[string, number[], number]>([
    ["nothing finite", [NaN, Infinity], NaN],
    ["empty", [], NaN],
    ["broke off after a huge positive value", [1e20, 1e31, Infinity], Infinity],
    ["broke off after a huge negative value", [-1e20, -1e31, NaN], -Infinity],
    ["oscillating, then overflowing past 10³⁰", [1, -1, 1, -1, 1e31, NaN], Infinity],
    ["oscillating, then broken off at 10²⁰", [1, -1, 1, -1, 1e20, NaN], NaN],
    ["few values, a clear blow-up", [5, 2e8], Infinity],
    ["few values, a clear fall", [5, -2e8], -Infinity],
    ["few values, 10⁸ is not a blow-up", [5, 6, 1e8], 1e8],
    ["few values, settled", [1, 2, 3], 3],
    ["few values, broken off", [1, 2, NaN], NaN],
    ["few values, tiny is 0", [1, 2, 1e-13], 0],
    ["few values, 10⁻¹² is not tiny", [1, 2, 1e-12], 1e-12],
    ["four values are enough for a trend", [0, -1, -2, -3], -Infinity],
    ["a first step of 0 is no fall", [5, 5, 4, 3], NaN],
    ["a first step of 0 is no rise", [5, 5, 6, 7], NaN],
    ["oscillating", [1, -1, 1, -1, 1], NaN],
    ["oscillating with a falling envelope", [1, -2e6, 1, -3e6, 1], -Infinity],
    ["oscillating above −10⁶", [1, -1e6, 1, -1e6, 1], NaN],
    ["one turn is not oscillating", [0, 1, 2, 3, 2.5, 2.4, 2.39], 2.39],
    ["past 10¹²", [1, 10, 100, 2e12], Infinity],
    ["below −10¹²", [1, -10, -100, -2e12], -Infinity],
    ["settled exactly", [1, 0.5, 0.25, 0.25], 0.25],
    ["settled within 10⁻⁹·(1 + |last|)", [1, 0.5, 0.25, 0.25 + 1.25e-9], 0.25 + 1.25e-9],
    ["falling steadily", [0, -1, -2, -3, -4], -Infinity],
    ["rising steadily", [0, 1, 2, 3, 4], Infinity],
    ["falling, each step exactly 0.8 of the last: steady", [10, 5, 1, -2.2], -Infinity],
    ["rising, each step exactly 0.8 of the last: steady", [-10, -5, -1, 2.2], Infinity],
    ["steps of 0.8, one turn: neither steady nor shrinking", [0, 5, 1, -2.2], NaN],
    ["shrinking steps", [0, 1, 1.5, 1.75, 1.875], 1.875],
    ["shrinking steps to 0", [-1, -0.5, -0.25, -0.125, -0.0625], -0.0625],
    ["shrinking, then one step not", [0, 1, 1.5, 1.75, 1.99], NaN],
    ["slowing, but neither steady nor shrinking", [0, 1, 2, 3, 3.5, 3.95], NaN],
  ])("%s", (_, values, want) => {
    expect(trend(values)).toBe(want);
  });

  it("a jump of a tiny relative size is not a turn", () => {
    // Differences below 10⁻¹²·(1 + |value|) have no sign: a flat tail with rounding is settled, not oscillating.
    const v = [5, 4, 3, 3 + 1e-13, 3, 3 + 1e-13, 3];
    expect(trend(v)).toBe(3);
  });
});

describe("fallingLows: the last quarter's low far below the third's", () => {
  const q = (a: number[], b: number[], c: number[], d: number[]) => [...a, ...b, ...c, ...d];
  it.each<[string, number[], boolean]>([
    ["seven values are too few", [0, 0, 0, 0, -1, -1, -3e6], false],
    ["falling far", q([0, 0], [0, 0], [-1, -2], [-3e6, -1]), true],
    ["the last quarter at −10⁶ exactly", q([0, 0], [0, 0], [-1, -2], [-1e6, 0]), false],
    ["not twice as low as the third quarter", q([0, 0], [0, 0], [-2e6, 0], [-3e6, 0]), false],
    ["exactly twice as low", q([0, 0], [0, 0], [-2e6, 0], [-4e6, 0]), false],
    ["more than twice as low", q([0, 0], [0, 0], [-2e6, 0], [-4.1e6, 0]), true],
    ["a third quarter above −1 counts as −1", q([0, 0], [0, 0], [5, 6], [-2e6, 0]), true],
    ["non-finite values are left out first", [NaN, 0, 0, 0, 0, -1, -2, -3e6, Infinity, -1], true],
    ["the quarters of nine values: 2, 2, 2 and 3", [0, 0, 0, 0, -2e6, -1, -1, -1, -3e6], false],
  ])("%s", (_, values, want) => {
    expect(fallingLows(values)).toBe(want);
  });
});
