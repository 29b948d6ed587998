// Compare: the verdicts follow from the three results themselves (the tutorial's run against PyTorch is in
// methods.fixtures.test.ts); no expected numbers here beyond what the methods compute.
import { beforeEach, describe, expect, it } from "vitest";
import { calculus, type CalculusResult } from "./calculus.ts";
import { closedForm, type ClosedFormResult } from "./closed-form.ts";
import { runDescent } from "./descent.ts";
import {
  compare,
  comparison,
  defaultStart,
  EXACT_TOL,
  GD_TOL,
  judge,
  judgedAnswer,
  type Comparison,
  type JudgedAnswer,
  type JudgedRun,
} from "./compare.ts";
import type { DescentRun } from "./descent.ts";
import type { Msg } from "../messages/index.ts";
import type { Interval } from "./result.ts";
import { parse } from "../expr/parser.ts";
import { at, no, ran } from "../test-support/judged.ts";

describe("compare", () => {
  it("x^3 - 3x: calculus says unbounded, gradient descent stops at the local minimum and is called out", () => {
    const c = compare(parse("x^3 - 3x"));
    expect(c.calculus.status).toBe("unbounded");
    expect(c.closedForm.status).toBe("unsupported");
    expect(c.gd.status).toBe("converged");
    expect(c.gdAgrees).toBe(false);
    expect(c.verdict).toMatch(/at best a local minimum/);
  });

  it("a quadratic run to the end agrees within the stated tolerance, and the error is measured", () => {
    const c = compare(parse("x^2 - 4x"), { tol: 0, maxIter: 1000 });
    expect(c.exactAgree).toBe(true);
    expect(c.gdError!.x).toBeLessThanOrEqual(GD_TOL);
    expect(c.gdError!.x).toBe(Math.abs(c.gd.argmin["x"]! - c.closedForm.argmin!["x"]!));
    expect(c.gdError!.f).toBe(Math.abs(c.gd.min - c.closedForm.min!));
    expect(c.agree).toBe(true);
  });

  it("two minimisers: the error is measured to the nearer one", () => {
    const c = compare(parse("x^4 - 2x^2"), {
      x0: { x: 0.5 },
      optimizer: { name: "sgd", lr: 0.05 },
      tol: 1e-12,
    });
    const nearest = c.calculus.argmins!.reduce((b, p) =>
      Math.abs(p["x"]! - c.gd.argmin["x"]!) < Math.abs(b["x"]! - c.gd.argmin["x"]!) ? p : b,
    );
    expect(c.gdError!.x).toBeCloseTo(Math.abs(c.gd.argmin["x"]! - nearest["x"]!), 12);
    expect(c.gdAgrees).toBe(true);
  });

  it("exp(x): no minimum anywhere, and gradient descent does not claim one", () => {
    const c = compare(parse("exp(x)"));
    expect(c.calculus.status).toBe("no-minimum");
    expect(c.gdAgrees).toBe(c.gd.status !== "converged" || c.gd.flat);
  });

  it("the default start is the tutorial's x0 = 10, or a nearby point inside the domain", () => {
    expect(defaultStart(["x"], parse("x^2"))).toEqual({ x: 10 });
    expect(defaultStart(["x", "y"], parse("x^2 + y^2"))).toEqual({ x: 2, y: 2 });
    const inside = defaultStart(["x"], parse("asin(x)"));
    expect(Math.abs(inside["x"]!)).toBeLessThan(1);
    expect(() => compare(parse("asin(x)"))).not.toThrow();
  });
});

// ---- the judge both ways: every tolerance just inside and just outside, every status pair, each verdict word ----
// A mutant that loosens EXACT_TOL or GD_TOL (×100), or short-circuits exactAgree / gdAgrees, fails a row here.

// The published tolerances, typed here on purpose: rows built from the constants themselves would follow a loosened
// one. Exact methods are exact or polished to ~1e-12 (so 1e-9 has room); descent "finds" x* within 1% of 1 + |x*|.
const e = 1e-9;
const g = 1e-2;
const IN = 0.9;
const OUT = 1.1;
const line: Interval = { lo: null, hi: 0, loClosed: false, hiClosed: true };

describe("judge: closed form against calculus", () => {
  it("states the tolerances it applies", () => expect([EXACT_TOL, GD_TOL]).toEqual([e, g]));

  it.each<[string, JudgedAnswer, JudgedAnswer, boolean]>([
    ["the same minimum at the same point", at([2], -4), at([2], -4), true],
    // Relative to 1 + |f*| = 2 and 1 + |x*| = 2.
    ["values apart by just under EXACT_TOL", at([1], 1), at([1], 1 + IN * e * 2), true],
    ["values apart by just over EXACT_TOL", at([1], 1), at([1], 1 + OUT * e * 2), false],
    ["points apart by just under EXACT_TOL", at([1], 0), at([1 + IN * e * 2], 0), true],
    ["points apart by just over EXACT_TOL", at([1], 0), at([1 + OUT * e * 2], 0), false],
    ["far apart points, same value", at([-1], -1), at([1], -1), false],
    ["a line of minima: only the values count", at([-1, 0], 0, { notUnique: true }), at([0, 1], 0), true],
    [
      "calculus names closed form's point among its minimisers",
      at([-1], -1),
      at([1], -1, { argmins: [[1], [-1]] }),
      true,
    ],
    ["closed form's point inside calculus's set", at([-3], 0), at([0], 0, { argminSet: [line] }), true],
    ["closed form's point just outside the set", at([OUT * e], 0), at([0], 0, { argminSet: [line] }), false],
    ["minimum against unbounded", at([0], 0), no("unbounded"), false],
    ["unbounded against minimum", no("unbounded"), at([0], 0), false],
    ["unbounded against no minimum", no("unbounded"), no("no-minimum"), false],
    ["both unbounded", no("unbounded"), no("unbounded"), true],
    ["both without a minimum", no("no-minimum"), no("no-minimum"), true],
    ["closed form does not apply: nothing to disagree with", no("unsupported"), at([0], 0), true],
    ["calculus does not apply", at([0], 0), no("unsupported"), true],
    ["calculus not computed yet", at([0], 0), no("unavailable"), true],
  ])("%s", (_, cf, calc, agree) => {
    const v = judge(cf, calc, null);
    expect(v.exactAgree).toBe(agree);
    expect(v.agree).toBe(agree);
    expect(v.gdAgrees).toBe(true);
    expect(v.reference).toBe(cf.status === "unsupported" ? "calculus" : "closed-form");
  });
});

describe("judge: gradient descent against the exact answer", () => {
  const ref = at([2], -4);
  it.each<
    [string, JudgedAnswer, JudgedRun, { agrees: boolean; dx?: number; fOnly?: boolean; trap?: boolean }]
  >([
    ["ends on x*", ref, ran([2], -4), { agrees: true, dx: 0 }],
    // Relative to 1 + |x*| = 3.
    ["ends just inside GD_TOL", ref, ran([2 + IN * g * 3], -4), { agrees: true, dx: IN * g * 3 }],
    ["ends just outside GD_TOL", ref, ran([2 + OUT * g * 3], -4), { agrees: false, dx: OUT * g * 3 }],
    ["diverged, even if it passed x*", ref, ran([2], -4, "diverged"), { agrees: false }],
    ["ran out of iterations inside", ref, ran([2], -4, "max-iter"), { agrees: true }],
    // The tutorial's lesson: f within GD_TOL (relative to 1 + |f*| = 5), x not.
    ["f close, x not", ref, ran([2.1056], -4 + IN * g * 5), { agrees: false, fOnly: true }],
    ["f and x both off", ref, ran([2.1056], -4 + OUT * g * 5), { agrees: false, fOnly: false }],
    [
      "ends at a local minimum that is not global",
      at([2], -4, { critical: [{ x: [-1], f: 0, nature: "minimum" }] }),
      ran([-1], 0),
      { agrees: false, trap: true },
    ],
    [
      "ends at another global minimiser calculus found",
      at([2], -4, { critical: [{ x: [-1], f: -4 + IN * e * 5, nature: "minimum" }] }),
      ran([-1], -4),
      { agrees: true, dx: 0, trap: false },
    ],
    [
      "a critical value just outside EXACT_TOL of the minimum is not a minimiser",
      at([2], -4, { critical: [{ x: [-1], f: -4 + OUT * e * 5, nature: "minimum" }] }),
      ran([-1], -4),
      { agrees: false, trap: true },
    ],
    ["anywhere in the set", at([0], 0, { argminSet: [line] }), ran([-5], 0), { agrees: true, dx: 0 }],
    [
      "just outside the set's closed end",
      at([0], 0, { argminSet: [line] }),
      ran([IN * g], 0),
      { agrees: true },
    ],
    ["beyond GD_TOL past the set", at([0], 0, { argminSet: [line] }), ran([OUT * g], 0), { agrees: false }],
  ])("%s", (_, exact, run, want) => {
    const v = judge(exact, exact, run);
    expect(v.gdAgrees).toBe(want.agrees);
    expect(v.agree).toBe(want.agrees);
    if (want.dx !== undefined) expect(v.gdError!.x).toBeCloseTo(want.dx, 15);
    if (want.fOnly !== undefined) expect(v.closeInFOnly).toBe(want.fOnly);
    if (want.trap !== undefined) expect(v.trap !== undefined).toBe(want.trap);
    expect(v.gdError!.f).toBe(Math.abs(run.min - exact.min!));
  });

  it.each<[string, JudgedAnswer["status"], JudgedRun, boolean]>([
    ["unbounded, and descent claims a minimum", "unbounded", ran([1], -2), false],
    ["unbounded, and descent runs out of iterations", "unbounded", ran([-99], -1e6, "max-iter"), true],
    ["unbounded, and descent diverges", "unbounded", ran([-1e300], -Infinity, "diverged"), true],
    ["unbounded, and descent stalls on a flat stretch", "unbounded", ran([-40], 0, "converged", true), true],
    ["no minimum, and descent claims one", "no-minimum", ran([-30], 1e-13), false],
    [
      "no minimum, and descent stalls where f is flat",
      "no-minimum",
      ran([-30], 1e-13, "converged", true),
      true,
    ],
    ["no exact answer: nothing to measure against", "unsupported", ran([1], -2), true],
  ])("%s", (_, status, run, agrees) => {
    const v = judge(no(status), no(status), run);
    expect(v.gdAgrees).toBe(agrees);
    expect(v.agree).toBe(agrees);
    expect(v.gdError).toBeUndefined();
  });
});

describe("comparison: each verdict word, from the methods' own results tampered just past a tolerance", () => {
  // In beforeEach, not the describe body: per-test coverage credits a test only with what runs while it runs.
  let base: Comparison;
  beforeEach(() => {
    base = compare(parse("x^2 - 4x"), { tol: 0, maxIter: 1000 });
  });
  const words = (c: Comparison) => {
    const p = c.verdictMsg.params as { exact: Msg; gd: Msg };
    return { exact: p.exact.id, gd: p.gd.id, tol: (p.gd.params as { tol?: Msg }).tol?.id };
  };
  const redo = (cf: ClosedFormResult, calc: CalculusResult, gd: DescentRun) =>
    comparison(base.vars, cf, calc, gd, base.settings);

  it("agree, within the tolerance", () => {
    expect(base.agree).toBe(true);
    expect(words(base)).toEqual({ exact: "cmp.agree", gd: "cmp.gdMinimum", tol: "cmp.within" });
  });

  it.each([
    [IN, true, "cmp.agree"],
    [OUT, false, "cmp.disagree"],
  ] as const)("calculus's minimum moved by %d × EXACT_TOL: exactAgree %s", (k, agree, word) => {
    const calc = { ...base.calculus, min: base.calculus.min! + k * e * (1 + 4) };
    const c = redo(base.closedForm, calc, base.gd);
    expect(c.exactAgree).toBe(agree);
    expect(c.agree).toBe(agree);
    expect(words(c).exact).toBe(word);
    expect(c.verdict).toMatch(agree ? /agree/ : /disagree|do not agree|differ/);
  });

  it.each([
    ["converged", IN, true, "cmp.within"],
    ["converged", OUT, false, "cmp.outsideWatch"],
    ["max-iter", OUT, false, "cmp.outside"],
    ["diverged", 0, false, "cmp.outside"],
  ] as const)("descent %s %d × GD_TOL away", (status, k, agrees, word) => {
    const x = 2 + k * g * 3;
    const gd = { ...base.gd, status, argmin: { x }, min: x * x - 4 * x };
    const c = redo(base.closedForm, base.calculus, gd);
    expect(c.gdAgrees).toBe(agrees);
    expect(c.agree).toBe(agrees);
    expect(words(c).tol).toBe(word);
  });

  it("closed form does not apply: the calculus answer stands alone", () => {
    const c = compare(parse("x^4 - 2x^2"), { x0: { x: 0.5 }, optimizer: { name: "sgd", lr: 0.05 } });
    expect(words(c).exact).toBe("cmp.closedFormNA");
  });

  it("no minimum: descent stopping is called out, running on is not", () => {
    const c = compare(parse("x^3 - 3x"));
    expect(words(c).gd).toBe("cmp.gdFalseMinimum");
    const on = redo(c.closedForm, c.calculus, { ...c.gd, status: "max-iter" });
    expect(on.gdAgrees).toBe(true);
    expect(words(on).gd).toBe("cmp.gdNoneEither");
  });

  it("no exact answer at all", () => {
    const none = { ...base.calculus, status: "unsupported" as const };
    const c = redo({ ...base.closedForm, status: "unsupported" }, none, base.gd);
    expect(words(c).gd).toBe("cmp.gdNoReference");
    expect(c.reference).toBe("calculus");
  });

  it("a local minimum that trapped descent is named", () => {
    const c = compare(parse("x^4 - 2x^2 + 0.5x"), { x0: { x: 1 }, tol: 0, maxIter: 2000 });
    expect(c.gdAgrees).toBe(false);
    expect((c.verdictMsg.params as { gd: Msg }).gd.params).toHaveProperty("trap.id", "cmp.trap");
  });

  it("relu(x): any end point in (−∞, 0] is the minimum", () => {
    const c = compare(parse("relu(x)"), { x0: { x: -3 } });
    expect(c.calculus.argminSet).toEqual({ x: [line] });
    expect(c.gdError!.x).toBe(0);
    expect(c.agree).toBe(true);
  });
});

describe("judge: stopped short in the global minimum's valley", () => {
  // Each case runs the real methods; the verdict must follow from where the run ended. Cases where the run agrees,
  // is close in f, is trapped, ran out of iterations or diverged are not "stopped short".
  const HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
  const cases: [name: string, text: string, x0: number[], lr: number, tol: number, maxIter: number, short: boolean][] = [
    ["typed Himmelblau at the bound's α: stops 0.056 from (3, 2)", HIMMELBLAU, [10, 1], 0.0005, 1e-3, 1000, true],
    ["x² + y² from (10, 1): f = 0.0117 is not within 0.01 of 0", "x^2 + y^2", [10, 1], 0.02, 1e-3, 1000, true],
    ["the same run given no tolerance runs out of iterations: not 'stopped'", HIMMELBLAU, [10, 1], 0.0005, 0, 300, false],
    ["the tutorial: close in f, said so instead", "x^2 - 4x", [10], 0.02, 1e-3, 1000, false],
    ["trapped in a local minimum's valley: said so instead", "sin(x) + x^2/10", [10], 0.02, 1e-3, 1000, false],
    ["run to the bottom: it agrees", "x^2 + y^2", [10, 1], 0.1, 1e-12, 1000, false],
    ["α past the bound: the run grows without bound", "x^2 + y^2", [10, 1], 1.5, 1e-3, 50, false],
  ]; // prettier-ignore
  for (const [name, text, x0, lr, tol, maxIter, short] of cases)
    it(name, () => {
      const node = parse(text);
      const vars = ["x", "y"].slice(0, x0.length);
      const run = runDescent(node, {
        x0: Object.fromEntries(vars.map((v, i) => [v, x0[i]!])),
        optimizer: { name: "sgd", lr },
        tol,
        maxIter,
      });
      const v = judge(judgedAnswer(closedForm(node), vars), judgedAnswer(calculus(node), vars), {
        status: run.status,
        argmin: vars.map((n) => run.argmin[n]!),
        min: run.min,
        flat: run.flat,
      });
      expect(v.stoppedShort).toBe(short);
      if (short) {
        expect(v.agree).toBe(false);
        expect(v.trap).toBeUndefined();
        expect(v.closeInFOnly).toBe(false);
      }
    });
});
