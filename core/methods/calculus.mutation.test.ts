// The calculus method's board and result fields, pinned where `npm run mutation core/methods/calculus.ts` found them
// loose: the fixture suites check statuses, values and natures, not the steps a class reads nor which optional
// fields a result carries. Expected steps are built from the catalog's ids and the maths pieces, with numbers taken
// from the method's own result or computed here from f, f′ and f″ (the core's derivative, evaluated), never typed in.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import type { Node } from "../expr/node.ts";
import { derivative } from "../diff/derivative.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { calculus, type CalculusResult, type CriticalPoint } from "./calculus.ts";
import { Rational } from "../exact/rational.ts";
import { evaluator } from "./limits.ts";
import { natureMsg, secondLine } from "./calculus-polynomial-1.ts";
import { cases, CLOSE, joined, OPEN, partial, spelled, SYMBOL, tuple, type Maths } from "./print-maths.ts";
import { msg, reasoned, type Arg, type Msg } from "../messages/index.ts";
import type { StepData } from "./print-steps.ts";

const x = "x";
const v: Maths = { v: x };
const fLine = (node: Node, vars: string[]): StepData => ({
  shows: [
    "f(",
    joined(
      vars.map((w) => ({ v: w })),
      ", ",
    ),
    ") = ",
    { node },
  ],
});
const firstLines = (node: Node): StepData[] => [
  fLine(node, [x]),
  { shows: ["f'(", v, ") = ", { node: derivative(node, x) }], note: msg("calc.differentiate") },
];
/** The last line: the global answer, as the result's own reason says it. */
const globalLine = (r: CalculusResult): StepData => ({
  says: r.reasonMsg!,
  shows: r.steps[r.steps.length - 1]!.shows,
  note: msg("calc.globalNote"),
});

describe("no variables: f is a number", () => {
  it("3: the minimum is 3, at the empty point", () => {
    const node = parse("3");
    expect(calculus(node)).toStrictEqual({
      method: "calculus",
      vars: [],
      critical: [],
      derivatives: {},
      steps: [fLine(node, [])],
      status: "minimum",
      argmin: {},
      min: evaluator(node)({}),
      everyPoint: true,
      ...reasoned(msg("constantValue")),
    });
  });

  it("log(0): not defined, so no answer", () => {
    const node = parse("log(0)");
    expect(calculus(node)).toStrictEqual({
      method: "calculus",
      vars: [],
      critical: [],
      derivatives: {},
      steps: [fLine(node, [])],
      status: "unsupported",
      ...reasoned(msg("calc.undefined")),
    });
  });
});

describe("one variable, degree ≤ 1: no critical point to look for", () => {
  it("0x + 3: f′ = 0 everywhere, every x is a minimiser", () => {
    const node = parse("0x + 3");
    const read = polynomialOf(node, [x]);
    if (!read.ok) throw new Error("not a polynomial");
    const c = read.poly.coefficient([0]);
    const why = reasoned(msg("calc.constant", { x }));
    expect(calculus(node)).toStrictEqual({
      method: "calculus",
      vars: [x],
      derivatives: { x: spelled({ node: derivative(node, x) }) },
      steps: [
        ...firstLines(node),
        {
          says: why.reasonMsg,
          shows: msg("calc.zeroEverywhereLatex", { x: v }),
          note: msg("calc.constantNote"),
        },
      ],
      status: "minimum",
      argmin: { x: 0 },
      min: c.toNumber(),
      minExact: spelled({ q: c }),
      everyPoint: true,
      ...why,
      critical: [],
    });
  });

  // f = b x + c → −∞ on the side where b x is negative: x → −∞ for b > 0, x → +∞ for b < 0.
  it.each([
    ["2x + 1", "−∞"],
    ["-3x", "+∞"],
    ["x/4 - 7", "−∞"],
  ])("%s: f′ is the constant b ≠ 0, f → −∞ as x → %s", (text, end) => {
    const node = parse(text);
    const read = polynomialOf(node, [x]);
    if (!read.ok) throw new Error("not a polynomial");
    const b = read.poly.coefficient([1]);
    const why = reasoned(msg("calc.linear", { x, b: String(b), end }));
    expect(calculus(node)).toStrictEqual({
      method: "calculus",
      vars: [x],
      derivatives: { x: spelled({ node: derivative(node, x) }) },
      steps: [
        ...firstLines(node),
        {
          says: why.reasonMsg,
          shows: ["f'(", v, ") = ", { q: b }, SYMBOL.ne, "0"],
          note: msg("calc.linearNote"),
        },
      ],
      status: "unbounded",
      ...why,
      critical: [],
    });
  });
});

/** f, f′, f″ of a one-variable function as numbers. */
const numeric = (node: Node) => {
  const d1 = derivative(node, x);
  const d2 = derivative(d1, x);
  return { d1, d2, f: evaluator(node), fpp: evaluator(d2) };
};

describe("one variable, not a polynomial: f″ decides where it is clearly signed", () => {
  it.each(["exp(x) - 2x", "x exp(-x)", "cos(x) + x^2/10"])("%s", (text) => {
    const node = parse(text);
    const { d1, d2, f, fpp } = numeric(node);
    const r = calculus(node);
    expect(r.critical.length).toBeGreaterThan(0);
    const points: StepData[] = [];
    r.critical.forEach((c) => {
      const at = c.x[x]!;
      const s = fpp({ x: at });
      const nature = s > 0 ? "minimum" : "maximum";
      const reason = msg(s > 0 ? "calc.approxMin" : "calc.approxMax", {
        at: { num: at },
        val: { num: s, digits: 6 },
      });
      expect(c).toStrictEqual({ x: { x: at }, f: f({ x: at }), kind: nature, nature, ...reasoned(reason) });
      points.push({
        says: reason,
        shows: ["f''(", { num: at }, ")", SYMBOL.approx, { num: s, digits: 6 }],
        note: msg("calc.pointNoteApprox", {
          x,
          at: { num: at },
          nature: natureMsg(nature),
          f: { num: f({ x: at }) },
        }),
      });
    });
    expect(r.steps).toStrictEqual([
      ...firstLines(node),
      { shows: [{ node: d1 }, " = 0"], note: msg("calc.criticalNote") },
      ...r.critical.map((c) => ({
        shows: [v, SYMBOL.approx, { num: c.x[x]! }],
        note: msg("calc.signChange"),
      })),
      secondLine(x, d2),
      ...points,
      globalLine(r),
    ]);
  });
});

describe("one variable: f″ says nothing, so the neighbouring values decide", () => {
  const at0 = { at: { num: 0 } };
  it.each<[string, Msg, "minimum" | "maximum" | "neither", Msg]>([
    ["abs(x)", msg("calc.jump", at0), "minimum", msg("calc.higherNeighbours")],
    ["relu(x) + exp(-x)", msg("calc.jump", at0), "minimum", msg("calc.higherNeighbours")],
    ["exp(x^4)", msg("calc.secondZero", at0), "minimum", msg("calc.higherNeighbours")],
    ["-exp(x^4)", msg("calc.secondZero", at0), "maximum", msg("calc.lowerNeighbours")],
    ["x^3 + sin(x) - x", msg("calc.secondZero", at0), "neither", msg("calc.neitherNeighbours")],
    ["abs(x)^1.5", msg("calc.secondMissing", at0), "minimum", msg("calc.higherNeighbours")],
  ])("%s at 0: %j", (text, cause, nature, word) => {
    const node = parse(text);
    const { f, fpp } = numeric(node);
    const r = calculus(node);
    const [c, ...rest] = r.critical;
    expect(rest).toStrictEqual([]);
    const reason = msg("calc.inconclusive", { cause, word });
    expect(c).toStrictEqual({
      x: { x: 0 },
      f: f({ x: 0 }),
      kind: "inconclusive",
      nature,
      ...reasoned(reason),
    });
    // A corner's f″ is not shown (f′ jumps there); elsewhere its value is, as at a clear sign.
    const s = cause.id === "calc.jump" ? NaN : fpp({ x: 0 });
    expect(r.steps[r.steps.length - 2]).toStrictEqual({
      says: reason,
      shows: Number.isFinite(s)
        ? ["f''(", { num: 0 }, ")", SYMBOL.approx, { num: s, digits: 6 }]
        : msg("calc.undefinedLatex", at0),
      note: msg("calc.pointNoteApprox", {
        x,
        at: { num: 0 },
        nature: natureMsg(nature),
        f: { num: f({ x: 0 }) },
      }),
    });
  });
});

describe("one variable: no sign change, a flat stretch, a domain", () => {
  it("exp(x): f′ ≠ 0 on the range searched, and no minimum", () => {
    const node = parse("exp(x)");
    const r = calculus(node);
    const range = (r.steps[3]!.says!.params as { range: Arg }).range;
    expect(r.steps).toStrictEqual([
      ...firstLines(node),
      { shows: [{ node: derivative(node, x) }, " = 0"], note: msg("calc.criticalNote") },
      {
        says: msg("calc.nonzeroOn", { x, range }),
        shows: ["f'(", v, ")", SYMBOL.ne, "0"],
        note: msg("calc.noSignChange", { range }),
      },
      secondLine(x, numeric(node).d2),
      globalLine(r),
    ]);
    expect(Object.keys(r).sort()).toStrictEqual(
      [
        "method",
        "vars",
        "derivatives",
        "steps",
        "status",
        "reason",
        "reasonMsg",
        "critical",
        "infimum",
      ].sort(),
    );
  });

  it("relu(x − 1) + relu(−1 − x): flat on the set where it is least, which is no single point", () => {
    const node = parse("relu(x - 1) + relu(-1 - x)");
    const r = calculus(node);
    const set = r.argminSet![x]!;
    expect(set).toHaveLength(1);
    const flatLine = r.steps.find((s) => s.says?.id === "calc.flat");
    expect(flatLine).toStrictEqual({
      says: msg("calc.flat", { x, set: { set }, f: String(r.min) }),
      shows: msg("calc.flatLatex", { x: v, set: { set } }),
      note: msg("calc.flatNote"),
    });
    expect(r.steps.map((s) => s.says?.id ?? s.note?.id)).not.toContain("calc.noSignChange");
    // Constant on a stretch, not everywhere: every x is not a minimiser.
    expect(r.everyPoint).toBeUndefined();
    expect(r.status).toBe("minimum");
  });

  it.each([
    ["sqrt(-x^2) + x", 1],
    ["sqrt(-sin(x)^2) + x", 1],
  ])("%s: real only at isolated points, which the domain step lists", (text, shown) => {
    const r = calculus(parse(text));
    const line = r.steps.find((s) => s.says?.id === "calc.domain")!;
    const p = line.says!.params as { set: Maths; isolated: Msg };
    expect(p.set).toStrictEqual({ set: [] });
    expect(line.shows).toStrictEqual([v, SYMBOL.in, p.set]);
    expect(line.note).toStrictEqual(msg("calc.domainNote"));
    const list = (p.isolated.params as { list: string }).list;
    expect(p.isolated).toStrictEqual(msg("calc.isolated", { x, list }));
    expect(list.split(", ")).toHaveLength(shown);
  });
});

describe("several variables: the gradient, the Hessian at each point, the global answer", () => {
  it.each(["x^2 + exp(y) + exp(-y)", "x^2 + x y + y^2 - 3x", "x^2 - y^2 + z^2"])("%s", (text) => {
    const node = parse(text);
    const r = calculus(node);
    const vars = r.vars;
    const grad = vars.map((w) => derivative(node, w));
    const read = polynomialOf(node, vars);
    expect(r.derivatives).toStrictEqual(
      Object.fromEntries(vars.map((w, i) => [w, spelled({ node: grad[i]! })])),
    );
    const head: StepData[] = [
      fLine(node, vars),
      ...vars.map((w, i) => ({
        shows: [partial(w), " = ", { node: grad[i]! }],
        ...(i === 0 ? { note: msg("calc.gradientNote") } : {}),
      })),
    ];
    expect(r.steps.slice(0, head.length)).toStrictEqual(head);
    expect(r.steps[head.length]).toStrictEqual({
      shows: [{ text: "∇f = 0: ", latex: "" }, cases(grad.map((g) => [{ node: g }, " = 0"]))],
      note: msg("calc.criticalNoteN"),
    });
    expect(r.critical.length).toBeGreaterThan(0);
    const f = evaluator(node);
    const pointLines = r.critical.map((c) => ({
      says: msg("calc.pointReason", {
        point: c.exact ?? tuple(vars.map((w) => c.x[w]!)),
        reason: c.reasonMsg!,
      }),
      shows: ["H = ", { matrix: expect.any(Array), digits: 6 }],
      note: msg("calc.natureNote", { nature: natureMsg(c.nature), f: c.fExact ?? { num: f(c.x) } }),
    }));
    const at = r.steps.findIndex((s) => s.says?.id === "calc.pointReason");
    expect(r.steps.slice(at, at + pointLines.length)).toStrictEqual(pointLines);
    // A polynomial's value at a rational point is exact; otherwise the number itself.
    expect(r.critical.every((c) => (c.fExact !== undefined) === read.ok)).toBe(true);
    expect(r.steps[r.steps.length - 1]).toStrictEqual(globalLine(r));
    // The exact minimum is given exactly when f is a polynomial (its value at the exact point), and only then.
    if (r.status !== "minimum") return expect("minExact" in r).toBe(false);
    expect("minExact" in r).toBe(read.ok);
    if (read.ok) expect(r.minExact).toStrictEqual(r.critical.find((c) => c.f === r.min)!.fExact);
  });

  it("x² + y² − 1/(x² + y²): no critical point, and the pole found by the grid makes it unbounded", () => {
    const r = calculus(parse("x^2 + y^2 - 1/(x^2 + y^2)"));
    expect(r.critical).toStrictEqual([]);
    expect(r.status).toBe("unbounded");
    expect(Object.keys(r).sort()).toStrictEqual(
      ["method", "vars", "derivatives", "steps", "status", "reason", "reasonMsg", "critical"].sort(),
    );
  });
});

// ---- polynomials in one variable (calculus-polynomial-1.ts): each critical point's line, against SymPy ----

interface FixtureCase {
  expr: string;
  vars: string[];
  status: string;
  critical?: { point: { x: { text: string | null } }; classification: string; nature: string }[];
}
const fixture = JSON.parse(readFileSync(new URL("../fixtures/minima.json", import.meta.url), "utf8")) as {
  cases: FixtureCase[];
};
/** A rational number from SymPy's exact text ("-3/4"), read by the core's own parser as a constant polynomial. */
const rational = (text: string) => {
  const read = polynomialOf(parse(text), []);
  if (!read.ok) throw new Error(`not rational: ${text}`);
  return read.poly.coefficient([]);
};
const rationalPolys = fixture.cases.filter(
  (c) =>
    c.vars.length === 1 &&
    polynomialOf(parse(c.expr), [x]).ok &&
    c.critical?.length &&
    c.critical.every((p) => p.point.x.text !== null && !p.point.x.text.includes("sqrt")),
);

describe("a polynomial's critical points, one line each: f″'s sign, or f′'s signs either side (minima.json)", () => {
  it("has cases", () => expect(rationalPolys.length).toBeGreaterThan(10));

  it.each(rationalPolys.map((c) => [c.expr, c] as const))("%s", (_, c) => {
    const node = parse(c.expr);
    const read = polynomialOf(node, [x]);
    if (!read.ok) throw new Error("not a polynomial");
    const dp = read.poly.derivative(x);
    const ddp = dp.derivative(x);
    const r = calculus(node);
    expect(r.critical.map((p) => [p.kind, p.nature])).toStrictEqual(
      c.critical!.map((p) => [p.classification, p.nature]),
    );
    const lines = r.steps.filter((s) => s.note?.id === "calc.pointNote");
    expect(lines).toHaveLength(c.critical!.length);
    c.critical!.forEach((want, i) => {
      const at = rational(want.point.x.text!);
      const point = r.critical[i]!;
      expect(point.x[x]).toBe(at.toNumber());
      const atMaths = point.exact!;
      let reason: Msg;
      let second: Maths = "0";
      if (want.classification !== "inconclusive") {
        const s = ddp.evalExact({ x: at });
        second = { q: s };
        reason = msg(want.classification === "minimum" ? "calc.secondMin" : "calc.secondMax", {
          at: atMaths,
          val: second,
        });
      } else {
        // f′'s sign just either side (1/1024 away: nearer than any other critical point in these cases).
        const d = Rational.of(1n, 1024n);
        const sgn = (q: Rational) => (q.sign() > 0 ? "+" : q.sign() < 0 ? "−" : "0");
        const verdict = msg(
          want.nature === "minimum"
            ? "calc.signHigher"
            : want.nature === "maximum"
              ? "calc.signLower"
              : "calc.inflection",
        );
        reason = msg("calc.repeatedRoot", {
          at: atMaths,
          left: sgn(dp.evalExact({ x: at.sub(d) })),
          right: sgn(dp.evalExact({ x: at.add(d) })),
          x,
          verdict,
        });
      }
      const tail =
        want.classification === "minimum" ? " > 0" : want.classification === "maximum" ? " < 0" : "";
      expect(lines[i]).toStrictEqual({
        says: reason,
        shows: ["f''", OPEN, atMaths, CLOSE, " = ", second, tail],
        note: msg("calc.pointNote", {
          x,
          at: atMaths,
          nature: natureMsg(want.nature as CriticalPoint["nature"]),
          f: { text: String(read.poly.evalExact({ x: at })), latex: point.fExact!.latex },
        }),
      });
      expect(point.fExact!.text).toBe(String(read.poly.evalExact({ x: at })));
    });
  });
});
