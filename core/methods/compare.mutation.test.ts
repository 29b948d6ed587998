// The judge and the comparison's words, pinned where `npm run mutation core/methods/compare.ts` found them loose:
// tolerances met with equality, ties between minimisers, sets with finite ends, the default start's list, and the
// whole message tree the panel and the CLI print. Expected words are the catalog's ids with parameters taken from
// the methods' own results (fmt is the one formatter); no numbers typed in for what the methods compute.
import { beforeEach, describe, expect, it } from "vitest";
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
import { DEFAULT_MAX_ITER, DEFAULT_OPTIMIZER, DEFAULT_TOL, type DescentRun } from "./descent.ts";
import { msg, say } from "../messages/index.ts";
import { fmt, type Interval, type Point } from "./result.ts";
import { parse } from "../expr/parser.ts";
import { at, ran } from "../test-support/judged.ts";

const closed = (lo: number | null, hi: number | null): Interval => ({
  lo,
  hi,
  loClosed: true,
  hiClosed: true,
});
const pointText = (p: Point) =>
  Object.entries(p)
    .map(([v, x]) => `${v} = ${fmt(x, 6)}`)
    .join(", ");

describe("judge: a tolerance met with equality passes (≤, not <)", () => {
  // 1e-9 and 0.01 are exact differences from 0 in binary floating point, so these sit on the boundary itself.
  it.each<[string, JudgedAnswer, JudgedAnswer]>([
    ["values EXACT_TOL apart", at([0], EXACT_TOL), at([0], 0)],
    ["points EXACT_TOL apart", at([0], 0), at([EXACT_TOL], 0)],
  ])("%s agree", (_, cf, calc) => expect(judge(cf, calc, null).exactAgree).toBe(true));

  it("descent ending GD_TOL from x* = 0 agrees", () =>
    expect(judge(at([0], 0), at([0], 0), ran([GD_TOL], 1)).gdAgrees).toBe(true));

  it("a local minimum GD_TOL away is still the trap", () => {
    const exact = at([5], -1, { critical: [{ x: [0], f: 1, nature: "minimum" }] });
    expect(judge(exact, exact, ran([GD_TOL], 1)).trap).toEqual({ x: [0], f: 1 });
  });

  it("the trap's distance is relative to 1 + |x|: 3.03 is within 1% of 1 + 3", () => {
    const exact = at([-5], -1, { critical: [{ x: [3], f: 1, nature: "minimum" }] });
    expect(judge(exact, exact, ran([3.03], 1)).trap).toEqual({ x: [3], f: 1 });
  });
});

describe("judge: which points count as minimisers", () => {
  it("a critical maximum is neither a minimiser nor a trap", () => {
    const exact = at([2], -4, { critical: [{ x: [0], f: -4, nature: "maximum" }] });
    const v = judge(exact, exact, ran([0], -4));
    expect(v.gdAgrees).toBe(false);
    expect(v.trap).toBeUndefined();
  });

  it("a tie between two minimisers goes to the first named (closed form's own point)", () => {
    const v = judge(at([1], -1, { argmins: [[1], [-1]] }), at([1], -1), ran([0], 0));
    expect(v.nearest).toEqual([1]);
  });

  it.each<[string, Interval[], JudgedAnswer["argmins"], number, number[], number]>([
    ["past the set's upper end", [closed(-1, 1)], undefined, 1.005, [1], 0.005],
    ["before the set's lower end", [closed(-1, 1)], undefined, -1.005, [-1], 0.005],
    ["inside the set", [closed(-1, 1)], undefined, 0.25, [0.25], 0],
    ["past the second of two pieces", [closed(-5, -3), closed(3, 5)], undefined, 5.01, [5], 0.01],
    ["an isolated minimiser nearer than the set", [closed(-1, 1)], [[0], [5]], 5.001, [5], 0.001],
  ])("descent ending %s", (_, set, argmins, end, nearest, dx) => {
    const exact = at([0], 0, { argminSet: set, ...(argmins ? { argmins } : {}) });
    const v = judge(exact, exact, ran([end], 0));
    expect(v.nearest).toEqual(nearest);
    expect(v.gdError!.x).toBeCloseTo(dx, 12);
  });
});

describe("judge: the verdict's other fields", () => {
  it("closed form not computed yet: calculus is the reference", () =>
    expect(judge({ status: "unavailable" }, at([0], 0), null).reference).toBe("calculus"));

  it("without a run nothing is close in f only", () =>
    expect(judge(at([0], 0), at([0], 0), null).closeInFOnly).toBe(false));

  it.each<[string, JudgedRun, boolean]>([
    ["on x*", ran([2], -4), false],
    ["diverged, though f is close", ran([2.1056], -4 + 0.01, "diverged"), false],
    ["stopped with f close, x not", ran([2.1056], -4 + 0.01), true],
  ])("close in f only, ending %s: %s", (_, run, fOnly) =>
    expect(judge(at([2], -4), at([2], -4), run).closeInFOnly).toBe(fOnly),
  );

  it("close in f only needs the exact methods to agree", () =>
    expect(judge(at([2], -4), at([2], -3), ran([2.1056], -4 + 0.01)).closeInFOnly).toBe(false));
});

describe("judgedAnswer: a method's result as the judge reads it", () => {
  it.each([
    ["x^2 + y^2", undefined],
    ["(x - y)^2", true],
  ])("closed form of %s: not unique = %s", (f, notUnique) => {
    const c = compare(parse(f));
    expect(judgedAnswer(c.closedForm, c.vars).notUnique).toBe(notUnique);
  });

  it("calculus: every minimiser, the set and the critical points in the variables' order", () => {
    const two = compare(parse("x^4 - 2x^2"));
    const a = judgedAnswer(two.calculus, two.vars);
    expect(a.argmins).toEqual(two.calculus.argmins!.map((p) => [p["x"]]));
    expect(a.critical).toEqual(
      two.calculus.critical.map((c) => ({ x: [c.x["x"]], f: c.f, nature: c.nature })),
    );
    expect(a.argminSet).toBeUndefined();
    const plane = compare(parse("x^2 + y^2"));
    expect(judgedAnswer(plane.calculus, plane.vars).argmins).toEqual(
      plane.calculus.argmins?.map((p) => [p["x"], p["y"]]),
    );
    const set = compare(parse("abs(x - 1) + abs(x + 1)"));
    expect(judgedAnswer(set.calculus, set.vars).argminSet).toEqual(set.calculus.argminSet!["x"]);
  });

  it("no minimum: the status alone", () => {
    const c = compare(parse("exp(x)"));
    expect(judgedAnswer(c.calculus, c.vars)).toEqual({ status: "no-minimum" });
  });
});

describe("defaultStart: the first of the list where f and its gradient are finite", () => {
  it.each([
    ["x^2", { x: 10 }],
    ["sqrt(10 - x)", { x: 2 }], // f(10) = 0 is finite, its slope is not
    ["sqrt(2 - x) + y", { x: 1, y: 1 }], // at 2 only ∂f/∂x is infinite
    ["log(-x)", { x: -0.5 }],
    ["log(-x - 0.7)", { x: -1 }],
    ["log(-x - 1.5)", { x: -2 }],
    ["log(-x - 5)", { x: -10 }],
    ["log(-x - 50)", { x: 10 }], // nowhere in the list: the tutorial's start
  ])("%s starts at %o", (f, start) => expect(defaultStart(Object.keys(start), parse(f))).toEqual(start));

  it("without a function, or without variables", () => {
    expect(defaultStart(["x"])).toEqual({ x: 10 });
    expect(defaultStart([], parse("2"))).toEqual({});
  });
});

describe("comparison: the whole message tree and the rows", () => {
  // Built inside each test, not once in the describe block: Stryker's per-test coverage only credits a test with
  // the code it runs itself, so a comparison built at load time would hide the rows' mutants from every test.
  let base: Comparison;
  beforeEach(() => {
    base = compare(parse("x^2 - 4x"), { tol: 0, maxIter: 1000 });
  });
  const gdRow = (c: Comparison) =>
    msg("cmp.gdSummary", {
      status: msg(`status.${c.gd.status}`),
      n: String(c.gd.iterations),
      at: pointText(c.gd.argmin),
      f: fmt(c.gd.min, 6),
    });
  const minimumAt = (r: { min?: number; argmin?: Point }) =>
    msg("cmp.minimumAt", { f: fmt(r.min!), at: pointText(r.argmin!) });
  const redo = (gd: Partial<DescentRun>) =>
    comparison(base.vars, base.closedForm, base.calculus, { ...base.gd, ...gd }, base.settings);

  it("settings: the defaults when none are given, the options when they are", () => {
    expect(compare(parse("x^2 - 4x")).settings).toEqual({
      x0: { x: 10 },
      optimizer: DEFAULT_OPTIMIZER,
      tol: DEFAULT_TOL,
      maxIter: DEFAULT_MAX_ITER,
    });
    const optimizer = { name: "sgd", lr: 0.05 } as const;
    const options = { x0: { x: 3 }, optimizer, tol: 1e-3, maxIter: 7 };
    expect(compare(parse("x^2 - 4x"), options).settings).toEqual(options);
  });

  it("a quadratic: every row and the verdict, word for word", () => {
    const cf = base.closedForm;
    expect(base.rows).toStrictEqual([
      { method: "closed-form", status: "minimum", argmin: cf.argmin, min: cf.min, ...said(minimumAt(cf)) },
      {
        method: "calculus",
        status: "minimum",
        argmin: base.calculus.argmin,
        min: base.calculus.min,
        ...said(minimumAt(base.calculus)),
      },
      {
        method: "gd",
        status: base.gd.status,
        argmin: base.gd.argmin,
        min: base.gd.min,
        ...said(gdRow(base)),
      },
    ]);
    expect(base.verdictMsg).toEqual(
      msg("cmp.verdict", {
        exact: msg("cmp.agree", { what: minimumAt(base.calculus) }),
        gd: msg("cmp.gdMinimum", {
          how: msg("cmp.stopped"),
          at: pointText(base.gd.argmin),
          n: String(base.gd.iterations),
          dx: fmt(base.gdError!.x, 4),
          exact: pointText(cf.argmin!),
          df: fmt(base.gdError!.f, 4),
          tol: msg("cmp.within"),
          trap: "",
        }),
      }),
    );
    expect(base.verdict).toBe(say(base.verdictMsg));
    const tolerance = msg("cmp.tolerance", { exact: String(EXACT_TOL), gd: String(GD_TOL) });
    expect(base.tolerance).toEqual({
      exact: EXACT_TOL,
      gd: GD_TOL,
      words: say(tolerance),
      wordsMsg: tolerance,
    });
    expect(base.reference).toBe("closed-form");
  });

  it("two variables: points are written x = …, y = …", () => {
    const c = compare(parse("(x - 1)^2 + (y + 2)^2"));
    expect(c.rows[2]!.summaryMsg).toEqual(gdRow(c));
    expect(gdRow(c).params.at).toMatch(/^x = .+, y = .+$/);
    expect(c.rows[0]!.summaryMsg).toEqual(minimumAt(c.closedForm));
  });

  it.each([
    ["max-iter", "cmp.ranOut"],
    ["diverged", "cmp.diverged"],
  ] as const)("descent %s: how it ended", (status, how) => {
    const p = redo({ status }).verdictMsg.params as { gd: { params: { how: unknown } } };
    expect(p.gd.params.how).toEqual(msg(how));
  });

  it("the trap is named with its point and value", () => {
    const c = compare(parse("x^4 - 2x^2 + 0.5x"), { x0: { x: 1 }, tol: 0, maxIter: 2000 });
    const local = c.calculus.critical.find((k) => k.nature === "minimum" && Math.abs(k.x["x"]! - 1) < 0.1)!;
    const gd = (c.verdictMsg.params as { gd: { params: { trap: unknown } } }).gd;
    expect(gd.params.trap).toEqual(msg("cmp.trap", { at: pointText(local.x), f: fmt(local.f, 6) }));
  });

  it("unbounded (x^3 − 3x): descent's false minimum, the rows without a point", () => {
    const c = compare(parse("x^3 - 3x"));
    expect((c.verdictMsg.params as { gd: unknown }).gd).toEqual(
      msg("cmp.gdFalseMinimum", {
        at: pointText(c.gd.argmin),
        f: fmt(c.gd.min, 6),
        what: msg("cmp.isUnbounded"),
      }),
    );
    expect((c.verdictMsg.params as { exact: unknown }).exact).toEqual(
      msg("cmp.closedFormNA", { reason: c.closedForm.reasonMsg!, status: msg("status.unbounded") }),
    );
    expect(c.rows[0]).toStrictEqual({
      method: "closed-form",
      status: "unsupported",
      ...said(c.closedForm.reasonMsg!),
    });
    expect(c.rows[1]).toStrictEqual({
      method: "calculus",
      status: "unbounded",
      ...said(msg("cmp.unbounded")),
    });
    expect(c.reference).toBe("calculus");
  });

  it("no minimum (1/(1 + x^2)): what f approaches, and descent's stop called out", () => {
    const c = compare(parse("1/(1 + x^2)"));
    const infimum = c.calculus.infimum!;
    expect(c.rows[1]!.summaryMsg).toEqual(msg("cmp.approaches", { v: fmt(infimum) }));
    expect((c.verdictMsg.params as { gd: { params: { what: unknown } } }).gd.params.what).toEqual(
      msg("cmp.hasNoMinimum"),
    );
  });

  it("no minimum, descent stalled on a flat stretch (exp(x)): neither claims one", () => {
    const c = compare(parse("exp(x)"));
    expect((c.verdictMsg.params as { gd: unknown }).gd).toEqual(
      msg("cmp.gdNoneEither", {
        status: msg(`status.${c.gd.status}`),
        flat: c.gd.flat ? msg("cmp.flat") : "",
      }),
    );
    expect(c.gd.flat).toBe(true);
  });

  it("no minimum without an infimum, and a closed form without a message: the plain words", () => {
    const c = compare(parse("1/(1 + x^2)"));
    const calc = { ...c.calculus, infimum: undefined };
    const cf = { ...c.closedForm, reasonMsg: undefined };
    const r = comparison(c.vars, cf, calc, c.gd, c.settings);
    expect(r.rows[1]!.summaryMsg).toEqual(msg("status.no-minimum"));
    expect(r.rows[0]!.summaryMsg).toEqual(msg("lim.latex", { latex: cf.reason! }));
    expect((r.verdictMsg.params as { exact: { params: { reason: unknown } } }).exact.params.reason).toBe(
      cf.reason,
    );
  });

  it("no exact answer: descent's end stated as it is", () => {
    const none = { ...base.calculus, status: "unsupported" as const };
    const c = comparison(
      base.vars,
      { ...base.closedForm, status: "unsupported" },
      none,
      base.gd,
      base.settings,
    );
    expect((c.verdictMsg.params as { gd: unknown }).gd).toEqual(
      msg("cmp.gdNoReference", {
        status: msg(`status.${base.gd.status}`),
        at: pointText(base.gd.argmin),
        f: fmt(base.gd.min, 6),
      }),
    );
    expect(c.rows[1]).toStrictEqual({
      method: "calculus",
      status: "unsupported",
      ...said(msg("status.unsupported")),
    });
  });

  it("calculus without a minimum still lends its critical points: the trap is found against closed form's answer", () => {
    const calc = {
      ...base.calculus,
      status: "unbounded" as const,
      critical: [
        { ...base.calculus.critical[0]!, x: { x: 2 }, f: -4, nature: "minimum" as const },
        { ...base.calculus.critical[0]!, x: { x: 5 }, f: 1, nature: "minimum" as const },
      ],
    };
    const c = comparison(
      base.vars,
      base.closedForm,
      calc,
      { ...base.gd, argmin: { x: 5 }, min: 1 },
      base.settings,
    );
    const gd = (c.verdictMsg.params as { gd: { params: { trap: unknown } } }).gd;
    expect(gd.params.trap).toEqual(msg("cmp.trap", { at: pointText({ x: 5 }), f: fmt(1, 6) }));
  });

  it("no minimum, descent ran on and is not on a flat stretch: no flat words", () => {
    const c = compare(parse("x^3 - 3x"));
    const on = comparison(
      c.vars,
      c.closedForm,
      c.calculus,
      { ...c.gd, status: "max-iter", flat: false },
      c.settings,
    );
    expect((on.verdictMsg.params as { gd: unknown }).gd).toEqual(
      msg("cmp.gdNoneEither", { status: msg("status.max-iter"), flat: "" }),
    );
  });

  it("the exact methods disagree: both answers are said", () => {
    const calc = { ...base.calculus, min: base.calculus.min! + 1 };
    const c = comparison(base.vars, base.closedForm, calc, base.gd, base.settings);
    expect((c.verdictMsg.params as { exact: unknown }).exact).toEqual(
      msg("cmp.disagree", { cf: minimumAt(base.closedForm), calc: minimumAt(calc) }),
    );
  });
});

function said(m: ReturnType<typeof msg>) {
  return { summary: say(m), summaryMsg: m };
}
