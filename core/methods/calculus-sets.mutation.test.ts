// The calculus answer when f's form names the set of minimisers (calculus-sets.ts), pinned where `npm run mutation
// core/methods/calculus-sets.ts` found it loose: the board's lines after the gradient (constant, separable parts, one
// form, each part's own answer, the global line with its LaTeX) and the result's fields (status, the set, everyPoint,
// no critical points listed, the infimum), the periodic lines in one variable, and the cases left as they were
// (a finite set of points, the same status). Expected lines are the catalog's English; the numbers in them are
// values of f at the points named, and each part's answer is the one-variable method's own sentence for that part.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { calculus } from "./calculus.ts";
import { printSteps } from "./print-steps.ts";

const NOTE = "The form of f decides the answer, not a search inside a window.";
const board = (text: string) => {
  const r = calculus(parse(text));
  return { r, lines: printSteps(r.steps).slice(1 + r.vars.length) };
};
const part = (text: string) => calculus(parse(text)).reason;

describe("withStructure: the board and the result from f's form", () => {
  it("constant: ∇f = 0, every point", () => {
    const { r, lines } = board("x + y - x - y + 3");
    expect(lines).toStrictEqual([
      {
        text: "every partial derivative is 0 everywhere, so f is constant, f = 3: every point where f is defined is a minimiser",
        latex: "\\nabla f = 0",
        note: NOTE,
      },
      {
        text: "the lowest value f takes is 3, at every point where f is defined",
        latex: "\\min f = 3",
        note: "The global answer.",
      },
    ]);
    expect(r).toMatchObject({
      status: "minimum",
      min: 3,
      argmin: { x: 0, y: 0 },
      argmins: [{ x: 0, y: 0 }],
      everyPoint: true,
    });
    expect(r.minimumSet).toStrictEqual({ kind: "everywhere" });
    expect(r.critical).toStrictEqual([]);
    expect(r.reason).toBe(lines[1]!.text);
    expect("infimum" in r).toBe(false);
  });

  it("separable: the parts, each part's answer, the set", () => {
    const { r, lines } = board("relu(x) + y^2");
    expect(lines).toStrictEqual([
      {
        text: "f is a sum of parts with no variable in common (relu(x), y^2), so each part is minimised on its own and the lowest value of f is the sum of theirs",
        latex: "f = \\operatorname{relu}\\left(x\\right) + y^{2}",
        note: NOTE,
      },
      { text: `relu(x): ${part("relu(x)")}`, latex: "\\operatorname{relu}\\left(x\\right)" },
      { text: `y^2: ${part("y^2")}`, latex: "y^{2}" },
      {
        text: "the lowest value f takes is 0, on the whole set where x ≤ 0, y = 0, not at one point only",
        latex: "\\min f = 0",
        note: "The global answer.",
      },
    ]);
    expect(r.status).toBe("minimum");
    expect(r.min).toBe(0);
    expect(r.argmins).toStrictEqual([r.argmin]);
    expect(r.everyPoint).toBeUndefined();
    expect(r.minimumSet?.kind).toBe("box");
    expect(r.critical).toStrictEqual([]);
    expect(r.method).toBe("calculus");
    expect(r.vars).toStrictEqual(["x", "y"]);
  });

  it("one form: u, g, g's answer, the set", () => {
    const { r, lines } = board("abs(x - y)");
    expect(lines).toStrictEqual([
      {
        text: "the partial derivatives are in a fixed ratio everywhere (weighted, their difference simplifies to 0), so f depends on the variables only through u = x - y: f = g(u) with g(x) = abs(x), f with the other variables at 0. Minimise g in one variable",
        latex: "u = x - y",
        note: NOTE,
      },
      { text: `g(x): ${part("abs(x)")}`, latex: "\\left|x\\right|" },
      {
        text: "the lowest value f takes is 0, on the whole set where x - y = 0, not at one point only",
        latex: "\\min f = 0",
        note: "The global answer.",
      },
    ]);
    expect(r.minimumSet?.kind).toBe("form");
    expect(r.derivatives).toStrictEqual(calculus(parse("abs(x - y)")).derivatives);
  });

  it("one form whose g never attains its infimum: no minimum, the infimum kept, the status corrected", () => {
    const { r, lines } = board("exp(x + y)");
    expect(lines.at(-1)).toStrictEqual({
      text: "a part only approaches its lowest value, so f approaches 0 but never reaches it: bounded below, no minimum",
      latex: "",
      note: "The global answer.",
    });
    expect(lines.at(-2)!.text).toBe(`g(x): ${part("exp(x)")}`);
    expect(r).toMatchObject({ status: "no-minimum", infimum: 0, critical: [] });
    expect(r.min).toBeUndefined();
    expect(r.minimumSet).toBeUndefined();
  });

  it("the same status without a minimum: the usual answer, untouched ((x + y)³ is one form, unbounded either way)", () => {
    const { r } = board("(x + y)^3 + 1");
    expect(r.status).toBe("unbounded");
    expect(r.steps.some((s) => s.says?.id === "calc.oneForm")).toBe(false);
  });

  it("a free variable (relu(x) + 0·y): the set, with y free, replaces the usual answer", () => {
    const { r, lines } = board("relu(x) + 0 y");
    expect(r.minimumSet).toStrictEqual({
      kind: "box",
      parts: { x: { set: [{ lo: null, hi: 0, loClosed: false, hiClosed: true }] }, y: null },
    });
    expect(lines.at(-1)!.text).toBe(
      "the lowest value f takes is 0, on the whole set where x ≤ 0, not at one point only",
    );
  });

  it("the same status and a finite set of points: the usual answer, untouched", () => {
    const { r } = board("x^4 - 2x^2 + y^2");
    expect(r.steps.some((s) => s.says?.id === "calc.separable")).toBe(false);
    expect(r.critical.length).toBe(3);
    expect(r.argmins).toHaveLength(2);
    expect(board("exp(x) + y^2").r.steps.some((s) => s.says?.id === "calc.separable")).toBe(false);
  });
});

describe("withPeriod: every period, one variable", () => {
  it("sin(x): the period line, then the answer in every period", () => {
    const { r, lines } = board("sin(x)");
    expect(lines.slice(-2)).toStrictEqual([
      {
        text: "x appears in f only inside trigonometric functions of linear expressions, so f(x + 2π) = f(x): the minimum repeats in every period, at x = -π/2 + 2kπ, k ∈ ℤ",
        latex: "f(x + 2\\pi) = f(x)",
        note: "A periodic function: its minima repeat in every period, not only inside the plot.",
      },
      {
        text: "the lowest value f takes is -1, at x = -π/2 + 2kπ, k ∈ ℤ",
        latex: "\\min f = -1",
        note: "The global answer.",
      },
    ]);
    expect(r.period).toStrictEqual({ value: 2 * Math.PI, exact: { text: "2π", latex: "2\\pi" } });
    expect(r.reason).toBe(lines.at(-1)!.text);
  });

  it("sin(x)²: evenly spaced minimisers, period π", () => {
    const { r, lines } = board("sin(x)^2");
    expect(lines.at(-1)!.text).toBe("the lowest value f takes is 0, at x = kπ, k ∈ ℤ");
    expect(lines.at(-2)!.latex).toBe("f(x + \\pi) = f(x)");
    expect(r.period).toStrictEqual({ value: Math.PI, exact: { text: "π", latex: "\\pi" } });
    expect(r.minimumSet).toStrictEqual({
      kind: "box",
      parts: { x: { set: [{ lo: 0, hi: 0, loClosed: true, hiClosed: true }], period: Math.PI } },
    });
  });

  it("no minimum, or not periodic: no period", () => {
    expect(calculus(parse("sin(x) + x")).period).toBeUndefined();
    expect(calculus(parse("x^2")).period).toBeUndefined();
    // tan(x) repeats every π but falls to −∞ at each pole: no minimum to repeat.
    const down = calculus(parse("tan(x)"));
    expect(down.status).toBe("unbounded");
    expect(down.period).toBeUndefined();
  });
});
