// Minimum sets from f's form (minimum-set.ts), pinned where `npm run mutation core/methods/minimum-set.ts` found
// them loose: the period as the least common multiple (checked on f itself: a period, and no prime part of it one),
// its bound, π-multiples and their tolerance, one period's minimisers, evenly spaced copies, the separable and
// one-form cases with their statuses, and the nearest point of a set. Expected values come from f (evaluated), from
// the one-variable method's own answers, or from the notation itself, never from this module's helpers.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables, type Node } from "../expr/node.ts";
import { evaluate } from "../diff/autodiff.ts";
import { derivative } from "../diff/derivative.ts";
import { Rational } from "../exact/rational.ts";
import { calculus } from "./calculus.ts";
import {
  nearestInSet,
  onePeriod,
  periodic,
  periodOf,
  piExact,
  piMaths,
  structureN,
  type Along,
  type MinimumSetN,
  type OneAnswer,
} from "./minimum-set.ts";
import type { Interval } from "./result.ts";

const PI = Math.PI;
const iv = (lo: number | null, hi: number | null, loClosed = true, hiClosed = true): Interval => ({
  lo,
  hi,
  loClosed,
  hiClosed,
});
const pt = (v: number) => iv(v, v);
const f1 = (node: Node, t: number) => evaluate(node, { x: t });
const SAMPLES = [-2.3, -0.71, 0.1, 0.37, 1.3, 2.9];

describe("periodOf: the least common multiple of the arguments' periods", () => {
  it.each([
    "sin(x)",
    "cos(3x)",
    "tan(2x)",
    "cot(x/3)",
    "sin(2x) + cos(3x)",
    "sin(x/2) + cos(x/3)",
    "sin(2x/3) + cos(x/2)",
    "sin(-2x + 1) + 1",
    "sin(x) + sin(y)",
    "sin(2) + cos(x)",
    "sin(x/5000)",
  ])("%s: f(x + P) = f(x), and P/q is no period for q = 2, 3, 5", (text) => {
    const node = parse(text);
    const at = (t: number) => evaluate(node, { x: t, y: 0.4 });
    const P = periodOf(node, "x")!;
    expect(P).not.toBeNull();
    for (const t of SAMPLES) expect(Math.abs(at(t + P.value) - at(t))).toBeLessThanOrEqual(1e-9);
    for (const q of [2, 3, 5])
      expect(SAMPLES.some((t) => Math.abs(at(t + P.value / q) - at(t)) > 1e-6)).toBe(true);
    // The exact spelling reads back as P.
    const back = parse(P.exact.text.replace(/π/g, "pi"));
    expect(Math.abs(evaluate(back, {}) - P.value)).toBeLessThanOrEqual(1e-12 * P.value);
    expect(P.exact.latex).toContain("\\pi");
  });

  it.each([
    ["x outside the trigonometric functions", "sin(x) + x"],
    ["a non-linear argument", "sin(x^2)"],
    ["an argument in two variables", "sin(x y)"],
    ["a constant argument only", "sin(2) + x"],
    ["no trigonometric function", "x^2 + 1"],
    ["no x at all", "sin(y)"],
    ["x inside a non-periodic function of a periodic one's argument", "sin(exp(x))"],
    ["periods whose multiple passes 10 000π", "sin(x) + sin(x/5001)"],
  ])("%s: null (%s)", (_, text) => {
    expect(periodOf(parse(text), "x")).toBeNull();
  });
});

describe("piMaths: a simple multiple of π when the number is one", () => {
  it("every n/d with d ≤ 12 in lowest terms, and none with d = 13", () => {
    for (let d = 1; d <= 13; d++)
      for (let n = -2 * d; n <= 2 * d; n++) {
        const q = Rational.of(n, d);
        if (q.d !== BigInt(d)) continue; // not in lowest terms: found at its own denominator
        const got = piMaths((n / d) * PI);
        if (n === 0 || d === 13) expect(got).toStrictEqual({ num: (n / d) * PI });
        else {
          expect("pi" in got && got.pi.eq(q), `${n}/${d}`).toBe(true);
          expect(piExact((n / d) * PI).text).toBe(
            `${n < 0 ? "-" : ""}${Math.abs(n) === 1 ? "" : Math.abs(n)}π${d === 1 ? "" : `/${d}`}`,
          );
        }
      }
  });

  it("the tolerance: 10⁻¹² of n·d relative", () => {
    // r·d − n for r = (1/3)(1 + δ), d = 3: δ. Inside at δ = 0.5e-12, outside (at every d) at 2e-12.
    const inside = piMaths((PI / 3) * (1 + 0.5e-12));
    expect("pi" in inside && inside.pi.eq(Rational.of(1, 3))).toBe(true);
    const outside = (PI / 3) * (1 + 4e-12);
    expect(piMaths(outside)).toStrictEqual({ num: outside });
    // Scaled by |n| when n > 1: 7π/2 off by 2.5e-12·7/2·π passes (tolerance 7e-12 on r·d − n = 5e-12·… ).
    const big = (7 * PI) / 2 + 2.5e-12 * PI;
    const got = piMaths(big);
    expect("pi" in got && got.pi.eq(Rational.of(7, 2))).toBe(true);
    expect(piMaths((PI / 2) * (1 + 2.5e-12 * 2))).toStrictEqual({ num: (PI / 2) * (1 + 2.5e-12 * 2) });
  });
});

/** The point of [−P/2, P/2) that t stands for, computed plainly. */
const wrap = (t: number, P: number) => {
  let s = t;
  while (s >= P / 2 - 1e-9) s -= P;
  while (s < -P / 2 - 1e-9) s += P;
  return s;
};

describe("onePeriod: the minimisers found, one copy each in [−P/2, P/2)", () => {
  it.each<[string, Interval[], number]>([
    ["points a period apart are one", [pt(-PI / 2), pt((3 * PI) / 2), pt((7 * PI) / 2)], 2 * PI],
    ["the half-period end goes to −P/2", [pt(PI)], 2 * PI],
    ["sorted, from points given in any order", [pt(2), pt(-1), pt(0.5)], 2 * PI],
    ["an interval keeps its width and its ends' kinds", [iv(PI / 2, PI, false, true)], 2 * PI],
    ["an interval shifted by whole periods", [iv(5 * PI, 5.5 * PI, true, false)], 2 * PI],
    ["a period not a multiple of π", [pt(3.5), pt(0.5)], 3],
  ])("%s", (_, set, P) => {
    const want = new Map<number, Interval>();
    for (const s of set) {
      const lo = wrap(s.lo!, P);
      if (![...want.keys()].some((k) => Math.abs(k - lo) < 1e-6))
        want.set(lo, { ...s, lo, hi: lo + s.hi! - s.lo! });
    }
    const got = onePeriod(set, P);
    const sorted = [...want.values()].sort((a, b) => a.lo! - b.lo!);
    expect(got.length).toBe(sorted.length);
    got.forEach((g, i) => {
      const w = sorted[i]!;
      expect(Math.abs(g.lo! - w.lo!)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(g.hi! - w.hi!)).toBeLessThanOrEqual(1e-9);
      expect([g.loClosed, g.hiClosed]).toStrictEqual([w.loClosed, w.hiClosed]);
    });
  });

  it("ends near a multiple of π (rounding from the window) are that multiple exactly; others are kept", () => {
    expect(onePeriod([pt(2 * PI + PI / 3 + 1e-10)], 2 * PI)).toStrictEqual([pt(PI / 3)]);
    expect(onePeriod([iv(2 * PI - 3e-9, 2 * PI + PI / 4)], 2 * PI)).toStrictEqual([iv(0, PI / 4)]);
    // Below 10⁻⁷ an end is 0; above it, and 10⁻⁸ off every small multiple of π, it is kept.
    expect(onePeriod([pt(4 * PI + 5e-8)], 2 * PI)).toStrictEqual([pt(0)]);
    const [kept] = onePeriod([pt(4 * PI + 2e-7)], 2 * PI);
    expect(kept!.lo).toBeCloseTo(2e-7, 14);
    expect(kept!.lo).not.toBe(0);
    expect(onePeriod([pt(1)], 2 * PI)).toStrictEqual([pt(1)]);
    // Twelfths of π are the finest; the tolerance 10⁻⁸ is relative to n (5 here: 2.4e-8 off passes).
    expect(onePeriod([pt((5 / 12) * PI + 1e-10)], 2 * PI)).toStrictEqual([pt((5 / 12) * PI)]);
    expect(onePeriod([pt((5 / 12) * PI + 2e-9 * PI)], 2 * PI)).toStrictEqual([pt((5 / 12) * PI)]);
    const [off] = onePeriod([pt(PI / 12 + 2e-9 * PI)], 2 * PI);
    expect(off!.lo).toBe(PI / 12 + 2e-9 * PI);
  });

  it("ends at ±∞ are not repeated; two minimisers 10⁻⁶ apart are one only when closer", () => {
    expect(onePeriod([iv(null, 0), pt(1)], 2 * PI)).toStrictEqual([pt(1)]);
    expect(onePeriod([iv(0, null)], 2 * PI)).toStrictEqual([]);
    expect(onePeriod([pt(1), pt(1 + 1.5e-6)], 2 * PI)).toStrictEqual([pt(1)]);
    expect(onePeriod([pt(1), pt(1 + 2.5e-6)], 2 * PI)).toStrictEqual([pt(1), pt(1 + 2.5e-6)]);
  });
});

describe("periodic: m evenly spaced copies of one piece are one piece of period P/m", () => {
  const same = (got: Along, want: Along) => {
    expect(got.period).toBeCloseTo(want.period!, 12);
    expect(got.set.length).toBe(want.set.length);
    got.set.forEach((s, i) => {
      expect(s.lo).toBeCloseTo(want.set[i]!.lo!, 12);
      expect(s.hi).toBeCloseTo(want.set[i]!.hi!, 12);
      expect([s.loClosed, s.hiClosed]).toStrictEqual([want.set[i]!.loClosed, want.set[i]!.hiClosed]);
    });
  };
  it.each<[string, Interval[], number, Along]>([
    ["sin(x)²'s zeros", [pt(-PI), pt(0), pt(PI)], 2 * PI, { set: [pt(0)], period: PI }],
    ["three copies", [pt(-PI / 3), pt(PI / 3), pt(PI)], 2 * PI, { set: [pt(-PI / 3)], period: (2 * PI) / 3 }],
    [
      "intervals, evenly spaced",
      [iv(-PI, -PI / 2), iv(0, PI / 2)],
      2 * PI,
      { set: [iv(0, PI / 2)], period: PI },
    ],
    ["one piece stays", [pt(PI / 2)], 2 * PI, { set: [pt(PI / 2)], period: 2 * PI }],
    ["not evenly spaced", [pt(0), pt(1)], 2 * PI, { set: [pt(0), pt(1)], period: 2 * PI }],
    [
      "evenly spaced, other widths",
      [iv(-PI, -PI / 2), iv(0, PI / 2 + 0.1)],
      2 * PI,
      { set: [iv(-PI, -PI / 2), iv(0, PI / 2 + 0.1)], period: 2 * PI },
    ],
    [
      "evenly spaced, an end open in one",
      [iv(-PI, -PI / 2, false, true), iv(0, PI / 2)],
      2 * PI,
      { set: [iv(-PI, -PI / 2, false, true), iv(0, PI / 2)], period: 2 * PI },
    ],
    [
      "evenly spaced, the other end open in one",
      [iv(-PI, -PI / 2, true, false), iv(0, PI / 2)],
      2 * PI,
      { set: [iv(-PI, -PI / 2, true, false), iv(0, PI / 2)], period: 2 * PI },
    ],
    ["spacing off by 10⁻⁶", [pt(-PI), pt(1e-6)], 2 * PI, { set: [pt(-PI), pt(1e-6)], period: 2 * PI }],
  ])("%s", (_, found, P, want) => {
    same(periodic(found, P), want);
  });
});

/** structureN as the calculus method calls it: simplified partial derivatives, calculus for one variable. */
const structure = (text: string) => {
  const node = parse(text);
  const vars = variables(node);
  return structureN(
    node,
    vars,
    vars.map((v) => derivative(node, v)),
    (n) => calculus(n),
  );
};
const one = (text: string): OneAnswer => calculus(parse(text));

describe("structureN: constant, separable, one form", () => {
  it("constant: f at the first point of 0, 0.5, 1 where it is defined", () => {
    expect(structure("x + y - x - y + 3")).toStrictEqual({
      status: "minimum",
      min: 3,
      argmin: { x: 0, y: 0 },
      set: { kind: "everywhere" },
      how: { kind: "constant" },
    });
    const r = structure("x/x + y/y");
    expect(r).toMatchObject({ status: "minimum", min: 2, argmin: { x: 0.5, y: 0.5 } });
    expect(structure("log(x - 2) - log(x - 2) + y - y")).toBeNull();
  });

  it("separable: each part's answer, the total, and the box of minimisers", () => {
    const r = structure("relu(x) + (y - 1)^2 + 2")!;
    const a = one("relu(x)");
    const b = one("(y - 1)^2 + 2");
    expect(r.status).toBe("minimum");
    expect(r.min).toBe(a.min! + b.min!);
    expect(r.argmin).toStrictEqual({ x: a.argmin!["x"], y: b.argmin!["y"] });
    expect(r.set).toStrictEqual({
      kind: "box",
      parts: { x: { set: a.argminSet!["x"] }, y: { set: [pt(1)] } },
    });
    expect(r.how.kind).toBe("separable");
    if (r.how.kind === "separable")
      expect(r.how.answers.map((s) => s.status)).toStrictEqual(["minimum", "minimum"]);
  });

  it("separable with a periodic part: its period carried over", () => {
    const r = structure("sin(x) + y^2")!;
    expect(r.set?.kind).toBe("box");
    if (r.set?.kind !== "box") return;
    expect(r.set.parts["x"]!.period).toBeCloseTo(2 * PI, 12);
    expect(r.set.parts["y"]).toStrictEqual({ set: [pt(0)] });
  });

  it("separable, one part unbounded or never attained: that status, with the infimum's sum", () => {
    expect(structure("x^3 + y^2")).toMatchObject({ status: "unbounded" });
    expect(structure("x^3 + y^2")!.infimum).toBeUndefined();
    const r = structure("exp(x) + (y - 2)^2 + 1")!;
    expect(r.status).toBe("no-minimum");
    expect(r.infimum).toBe(one("exp(x)").infimum! + one("(y - 2)^2 + 1").min!);
  });

  it("a part in two variables is not split further", () => {
    expect(structure("x y + z^2")).toBeNull();
    expect(structure("x^2 + y^2 + x y")).toBeNull();
  });

  it("terms under − and unary minus keep their signs; constants add up, into the first part", () => {
    // −(−x²) − (1 − y²) = x² + y² − 1; x² + 1 + y² + 2 = x² + (y² + 3).
    expect(structure("-(-(x^2)) - (1 - y^2)")).toMatchObject({
      status: "minimum",
      min: -1,
      argmin: { x: 0, y: 0 },
    });
    const r = structure("x^2 + 1 + y^2 + 2")!;
    expect(r).toMatchObject({ status: "minimum", min: 3, argmin: { x: 0, y: 0 } });
    if (r.how.kind === "separable")
      expect(r.how.parts.map((n) => variables(n))).toStrictEqual([["x"], ["y"]]);
    expect(structure("x^2 - (y - 1)^2")).toMatchObject({ status: "unbounded" });
  });

  it("a part minimal everywhere is free in the box; every part so: the whole plane", () => {
    const r = structure("relu(x) + 0 y")!;
    expect(r.set).toStrictEqual({
      kind: "box",
      parts: { x: { set: one("relu(x)").argminSet!["x"] }, y: null },
    });
    // sin² + cos² in each variable: the simplifier proves ∇f = 0 first, so it is the constant case.
    expect(structure("sin(x)^2 + cos(x)^2 + sin(y)^2 + cos(y)^2")).toMatchObject({
      set: { kind: "everywhere" },
      how: { kind: "constant" },
    });
  });

  it("a part the one-variable method cannot decide: no answer", () => {
    expect(one("log(-x^2 - 1)").status).toBe("unsupported");
    expect(structure("log(-x^2 - 1) + y^2")).toBeNull();
  });

  it("one form with rational weights up to twelfths", () => {
    expect(structure("(2x + y)^2")!.set).toMatchObject({ kind: "form", coefs: { x: 1, y: 0.5 } });
    expect(structure("(12x + 5y)^2")!.set).toMatchObject({ kind: "form", coefs: { x: 1, y: 5 / 12 } });
    expect(structure("(13x + 5y)^2")).toBeNull();
    expect(structure("(x + y - z)^2")!.set).toMatchObject({ kind: "form", coefs: { x: 1, y: 1, z: -1 } });
  });

  it("a gradient of 0 at the first probe: the next one gives the direction", () => {
    // u = x + y is 0.37 + 0.4181 at the first probe (x = t, y = 1.13t), where (u − 0.7881)² is flat.
    expect(structure("(x + y - 0.7881)^2")!.set).toMatchObject({ kind: "form", coefs: { x: 1, y: 1 } });
  });

  it("the direction is proved, not only sampled: a ratio that holds on the probes' line alone is no form", () => {
    // On y = 1.13x both partial derivatives are 1, but f is not a function of x + y.
    expect(structure("(y - 1.13x)^2 + x + y")).toBeNull();
    // Undefined at every probe: no direction to try.
    expect(structure("log(x + y - 100)")).toBeNull();
    // Depending on x only (y cancels): one non-zero weight, not a form.
    expect(structure("x^2 (y - y + 1)")).toBeNull();
  });

  it("one form: f = g(w·x), minimised through g", () => {
    const r = structure("(x - 2y + 1)^2")!;
    expect(r.how.kind).toBe("form");
    expect(r.status).toBe("minimum");
    expect(r.set?.kind).toBe("form");
    if (r.set?.kind !== "form" || r.how.kind !== "form") return;
    expect(r.set.coefs).toStrictEqual({ x: 1, y: -2 });
    const g = one(`(x + 1)^2`);
    expect(r.min).toBe(g.min);
    expect(r.argmin).toStrictEqual({ x: g.argmin!["x"], y: 0 });
    expect(r.set.values).toStrictEqual({ set: [pt(-1)] });
    expect(r.how.form.text).toBe("x - 2y");
  });

  it("one form, the first variable absent from the form's lead: w_k = 1 at the first non-zero", () => {
    const r = structure("abs(x - y)")!;
    expect(r.set).toMatchObject({ kind: "form", coefs: { x: 1, y: -1 } });
    expect(r.min).toBe(0);
  });

  it("one form with g unbounded or never attained: the status without a set", () => {
    expect(structure("(x + y)^3")).toMatchObject({ status: "unbounded" });
    const r = structure("exp(x + y)")!;
    expect(r).toMatchObject({ status: "no-minimum", infimum: 0 });
    expect(r.set).toBeUndefined();
  });

  it("not one form: gradients not proportional, or ratios not small rationals", () => {
    expect(structure("x^2 y^2 + x y")).toBeNull();
    expect(structure("(x + 1.41421356237 y)^2")).toBeNull();
    expect(structure("x^2 + x y + y^2")).toBeNull();
  });
});

describe("nearestInSet: the point of the set nearest p", () => {
  const box = (parts: Record<string, Along | null>): MinimumSetN => ({ kind: "box", parts });
  it.each<[string, number[], MinimumSetN, number[]]>([
    ["everywhere: p itself", [3, -4], { kind: "everywhere" }, [3, -4]],
    [
      "a box: each coordinate clamped",
      [3, -4],
      box({ x: { set: [iv(null, 0)] }, y: { set: [pt(1)] } }),
      [0, 1],
    ],
    ["a free coordinate stays", [3, -4], box({ x: { set: [iv(1, 2)] }, y: null }), [2, -4]],
    ["inside an interval: itself", [1.5, 0], box({ x: { set: [iv(1, 2)] }, y: null }), [1.5, 0]],
    ["the nearer of two pieces", [2.4, 0], box({ x: { set: [pt(0), pt(3)] }, y: null }), [3, 0]],
    ["a tie: the first piece", [1.5, 0], box({ x: { set: [pt(0), pt(3)] }, y: null }), [0, 0]],
    [
      "periodic: the copy in the period of p",
      [20, 0],
      box({ x: { set: [pt(0)], period: 2 * PI }, y: null }),
      [2 * PI * Math.round(20 / (2 * PI)), 0],
    ],
    [
      "periodic: the copy one period over is nearer",
      [2 * PI + 2.9, 0],
      box({ x: { set: [pt(-3)], period: 2 * PI }, y: null }),
      [4 * PI - 3, 0],
    ],
    [
      "periodic: one period back",
      [-0.2, 0],
      box({ x: { set: [pt(PI - 0.1)], period: 2 * PI }, y: null }),
      [-PI - 0.1, 0],
    ],
  ])("%s", (_, p, set, want) => {
    const r = nearestInSet(p, ["x", "y"], set);
    expect(r.at).toHaveLength(2);
    want.forEach((w, i) => expect(r.at[i]).toBeCloseTo(w, 12));
    expect(r.d).toBeCloseTo(Math.hypot(...want.map((w, i) => w - p[i]!)), 12);
  });

  it("a form: the orthogonal projection onto w·x = u", () => {
    const set: MinimumSetN = {
      kind: "form",
      coefs: { x: 1, y: -2 },
      form: { text: "", latex: "" },
      values: { set: [pt(-1)] },
    };
    const p = [3, 0.5];
    const r = nearestInSet(p, ["x", "y"], set);
    // On the line, and p − at is along w.
    expect(r.at[0]! - 2 * r.at[1]!).toBeCloseTo(-1, 12);
    const d = [p[0]! - r.at[0]!, p[1]! - r.at[1]!];
    expect(d[0]! * -2 - d[1]! * 1).toBeCloseTo(0, 12);
    expect(r.d).toBeCloseTo(Math.hypot(d[0]!, d[1]!), 12);
    expect(r.d).toBeCloseTo(Math.abs(3 - 1 + 1) / Math.sqrt(5), 12);
    // A variable without a coefficient counts as 0, and a point on the set is its own nearest point.
    const on = nearestInSet([1, 1, 9], ["x", "y", "z"], set);
    expect(on).toStrictEqual({ at: [1, 1, 9], d: 0 });
  });
});
