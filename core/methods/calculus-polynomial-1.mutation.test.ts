// The calculus method on a polynomial in one variable (calculus-polynomial-1.ts), pinned where `npm run mutation
// core/methods/calculus-polynomial-1.ts` found it loose: the board from f′ = 0 on (the roots' line with conjugate
// surds on one line, how they were solved, no real solution), each root's f″ line or sign test, the leading term's
// line for each kind of end, the also-at list, and which of equal minima is named first. Exact values in the lines
// are the maths of each f (roots and values worked out by hand in the comments); decimals are computed here from f″.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { evaluate } from "../diff/autodiff.ts";
import { calculus } from "./calculus.ts";
import { printSteps } from "./print-steps.ts";
import { fmt } from "./result.ts";

const board = (text: string) => {
  const r = calculus(parse(text));
  return { r, lines: printSteps(r.steps).slice(2) };
};
const line = (text: string, latex: string, note?: string) =>
  note === undefined ? { text, latex } : { text, latex, note };
const SOLVED = "Critical points: where the slope is 0.";
const SECOND = "Second-derivative test.";
const LEAD = "Unbounded: look at the leading term.";
const COMPARE = "Compare the local minima; the ends go up.";

describe("polynomial1: odd degree or a negative leading coefficient, unbounded", () => {
  it("x³ + x: f′ = 3x² + 1 has no real root; x³ sends f to −∞ on the left", () => {
    const { r, lines } = board("x^3 + x");
    expect(lines).toStrictEqual([
      line("3x^2 + 1 = 0", "3x^{2} + 1 = 0", SOLVED),
      line("f'(x) = 0 has no real solution", "f'(x) \\ne 0", "No critical points."),
      line("f''(x) = 6x", "f''(x) = 6x", SECOND),
      line(
        "the leading term x^3 sends f → −∞ as x → −∞, so f is unbounded below",
        "f(x) \\to -\\infty \\text{ as } x \\to -\\infty",
        LEAD,
      ),
    ]);
    expect(r.status).toBe("unbounded");
    expect(r.critical).toStrictEqual([]);
    expect(r.reason).toBe(lines.at(-1)!.text);
  });

  it("−x³ + 3x: roots ±1, f″(−1) = 6, f″(1) = −6; −x³ goes to −∞ on the right, the local minimum named", () => {
    const { r, lines } = board("-x^3 + 3x");
    expect(lines).toStrictEqual([
      line("3 - 3x^2 = 0", "3 - 3x^{2} = 0", SOLVED),
      line("x = -1, x = 1", "x = -1,\\quad x = 1", "Solved by: rational root."),
      line("f''(x) = -6x", "f''(x) = -6x", SECOND),
      line("f″(-1) = 6 > 0: a local minimum", "f''\\left(-1\\right) = 6 > 0", "x = -1: minimum, f = -2"),
      line("f″(1) = -6 < 0: a local maximum", "f''\\left(1\\right) = -6 < 0", "x = 1: maximum, f = 2"),
      line(
        "the leading term -x^3 sends f → −∞ as x → +∞, so f is unbounded below (it still has a local minimum at x = -1)",
        "f(x) \\to -\\infty \\text{ as } x \\to +\\infty",
        LEAD,
      ),
    ]);
    expect(r.critical.map((c) => [c.x, c.f, c.kind, c.nature])).toStrictEqual([
      [{ x: -1 }, -2, "minimum", "minimum"],
      [{ x: 1 }, 2, "maximum", "maximum"],
    ]);
  });

  it("−x⁴ + x: the cube root (1/4)^(1/3); even degree, negative lead: −∞ at both ends", () => {
    const { lines } = board("-x^4 + x");
    const r0 = Math.cbrt(1 / 4);
    expect(lines).toStrictEqual([
      line("1 - 4x^3 = 0", "1 - 4x^{3} = 0", SOLVED),
      line("x = (1/4)^(1/3)", "x = \\sqrt[3]{\\frac{1}{4}}", "Solved by: cube root."),
      line("f''(x) = -12x^2", "f''(x) = -12x^{2}", SECOND),
      line(
        `f″((1/4)^(1/3)) = ${fmt(-12 * r0 * r0)} < 0: a local maximum`,
        `f''\\left(\\sqrt[3]{\\frac{1}{4}}\\right) = ${fmt(-12 * r0 * r0)} < 0`,
        `x = (1/4)^(1/3): maximum, f = ${fmt(-(r0 ** 4) + r0)}`,
      ),
      line(
        "the leading term -x^4 sends f → −∞ as x → ±∞, so f is unbounded below",
        "f(x) \\to -\\infty \\text{ as } x \\to \\pm\\infty",
        LEAD,
      ),
    ]);
  });

  it("x³/3 − x² − x: roots 1 ± √2 on one line; f(1 + √2) = −5/3 − (4/3)√2", () => {
    const { lines } = board("x^3/3 - x^2 - x");
    const s2 = Math.SQRT2;
    expect(lines).toStrictEqual([
      line("x^2 - 2x - 1 = 0", "x^{2} - 2x - 1 = 0", SOLVED),
      line("x = 1 ± sqrt(2)", "x = 1 \\pm \\sqrt{2}", "Solved by: quadratic formula."),
      line("f''(x) = 2x - 2", "f''(x) = 2x - 2", SECOND),
      line(
        `f″(1 - sqrt(2)) = ${fmt(2 * (1 - s2) - 2)} < 0: a local maximum`,
        `f''\\left(1 - \\sqrt{2}\\right) = ${fmt(2 * (1 - s2) - 2)} < 0`,
        "x = 1 - sqrt(2): maximum, f = -5/3 + (4/3)sqrt(2)",
      ),
      line(
        `f″(1 + sqrt(2)) = ${fmt(2 * (1 + s2) - 2)} > 0: a local minimum`,
        `f''\\left(1 + \\sqrt{2}\\right) = ${fmt(2 * (1 + s2) - 2)} > 0`,
        "x = 1 + sqrt(2): minimum, f = -5/3 - (4/3)sqrt(2)",
      ),
      line(
        "the leading term (1/3)x^3 sends f → −∞ as x → −∞, so f is unbounded below (it still has a local minimum at x = 1 + sqrt(2))",
        "f(x) \\to -\\infty \\text{ as } x \\to -\\infty",
        LEAD,
      ),
    ]);
  });

  it("x³ − 6x: roots ±√2; f(√2) = −4√2", () => {
    const { r, lines } = board("x^3 - 6x");
    expect(lines[1]).toStrictEqual(
      line("x = ±sqrt(2)", "x = \\pm \\sqrt{2}", "Solved by: quadratic formula."),
    );
    expect(r.critical.map((c) => [c.exact?.text, c.fExact?.text, c.nature])).toStrictEqual([
      ["-sqrt(2)", "4sqrt(2)", "maximum"],
      ["sqrt(2)", "-4sqrt(2)", "minimum"],
    ]);
    expect(r.critical[0]!.f).toBeCloseTo(4 * Math.SQRT2, 12);
    expect(r.critical[1]!.f).toBeCloseTo(-4 * Math.SQRT2, 12);
  });
});

describe("polynomial1: even degree, positive lead, the lowest critical point", () => {
  it("x⁴/4 − x²: roots ±√2 and 0, two minima at −1, the one on the left named, the other also", () => {
    const { r, lines } = board("x^4/4 - x^2");
    expect(lines).toStrictEqual([
      line("x^3 - 2x = 0", "x^{3} - 2x = 0", SOLVED),
      line(
        "x = ±sqrt(2), x = 0",
        "x = \\pm \\sqrt{2},\\quad x = 0",
        "Solved by: quadratic formula, rational root.",
      ),
      line("f''(x) = 3x^2 - 2", "f''(x) = 3x^{2} - 2", SECOND),
      line(
        "f″(-sqrt(2)) = 4 > 0: a local minimum",
        "f''\\left(-\\sqrt{2}\\right) = 4 > 0",
        "x = -sqrt(2): minimum, f = -1",
      ),
      line("f″(0) = -2 < 0: a local maximum", "f''\\left(0\\right) = -2 < 0", "x = 0: maximum, f = 0"),
      line(
        "f″(sqrt(2)) = 4 > 0: a local minimum",
        "f''\\left(\\sqrt{2}\\right) = 4 > 0",
        "x = sqrt(2): minimum, f = -1",
      ),
      line(
        "f → +∞ at both ends (even degree, positive leading coefficient), so the lowest critical point is the global minimum: f(-sqrt(2)) = -1 (also at x = sqrt(2))",
        "\\min f = f\\left(-\\sqrt{2}\\right) = -1",
        COMPARE,
      ),
    ]);
    expect(r.status).toBe("minimum");
    expect(r.argmin).toStrictEqual({ x: -Math.SQRT2 });
    expect(r.argmins).toStrictEqual([{ x: -Math.SQRT2 }, { x: Math.SQRT2 }]);
    expect(r.min).toBe(r.critical[0]!.f);
    expect(r.minExact).toStrictEqual({ text: "-1", latex: "-1" });
  });

  it("(x + 2)²(x − 1)²: minima 0 at −2 and at 1; the one nearer 0 is named", () => {
    const { r, lines } = board("(x + 2)^2 (x - 1)^2");
    expect(lines.at(-1)).toStrictEqual(
      line(
        "f → +∞ at both ends (even degree, positive leading coefficient), so the lowest critical point is the global minimum: f(1) = 0 (also at x = -2)",
        "\\min f = f\\left(1\\right) = 0",
        COMPARE,
      ),
    );
    expect(r.argmins).toStrictEqual([{ x: 1 }, { x: -2 }]);
  });

  it("x⁴ − 2x³ + 3: a double root at 0 (f′ negative on both sides), the minimum f(3/2) = 21/16", () => {
    const { r, lines } = board("x^4 - 2x^3 + 3");
    expect(lines.slice(1)).toStrictEqual([
      line("x = 0, x = 3/2", "x = 0,\\quad x = \\frac{3}{2}", "Solved by: rational root."),
      line("f''(x) = 12x^2 - 12x", "f''(x) = 12x^{2} - 12x", SECOND),
      line(
        "f″(0) = 0, so the second-derivative test is inconclusive; f′ goes − → − across x = 0: neither a minimum nor a maximum (a stationary inflection point)",
        "f''\\left(0\\right) = 0",
        "x = 0: neither, f = 3",
      ),
      line(
        "f″(3/2) = 9 > 0: a local minimum",
        "f''\\left(\\frac{3}{2}\\right) = 9 > 0",
        "x = 3/2: minimum, f = 21/16",
      ),
      line(
        "f → +∞ at both ends (even degree, positive leading coefficient), so the lowest critical point is the global minimum: f(3/2) = 21/16",
        "\\min f = f\\left(\\frac{3}{2}\\right) = \\frac{21}{16}",
        COMPARE,
      ),
    ]);
    expect(r.critical.map((c) => [c.kind, c.nature])).toStrictEqual([
      ["inconclusive", "neither"],
      ["minimum", "minimum"],
    ]);
    expect(r.argmins).toStrictEqual([{ x: 1.5 }]);
  });

  it.each<[string, string, string, string]>([
    ["x^4", "− → +", "neighbouring values are higher, a local minimum", "minimum"],
    ["-x^4", "+ → −", "neighbouring values are lower, a local maximum", "maximum"],
    ["x^3", "+ → +", "neither a minimum nor a maximum (a stationary inflection point)", "neither"],
    ["-x^3", "− → −", "neither a minimum nor a maximum (a stationary inflection point)", "neither"],
  ])("%s: a triple or quadruple root at 0, f′ %s", (text, signs, verdict, nature) => {
    const { r, lines } = board(text);
    expect(lines[3]).toStrictEqual(
      line(
        `f″(0) = 0, so the second-derivative test is inconclusive; f′ goes ${signs} across x = 0: ${verdict}`,
        "f''\\left(0\\right) = 0",
        `x = 0: ${nature}, f = 0`,
      ),
    );
    expect(r.critical[0]!.kind).toBe("inconclusive");
  });

  it("a double root beside another root: the sides are tested closer than the neighbour ((x − 1/8)·x²·(x − 1/4))", () => {
    // f′ = x²(x − 1/8)(x − 1/4)·4 … written as f = x⁵/5 − (3/32)x⁴ + x³/96: f′ = x⁴ − (3/8)x³ + x²/32.
    const { r } = board("x^5/5 - 3x^4/32 + x^3/96");
    expect(r.critical.map((c) => [c.exact?.text, c.nature])).toStrictEqual([
      ["0", "neither"],
      ["1/8", "maximum"],
      ["1/4", "minimum"],
    ]);
  });

  it("x⁴ − 4x² + x: three irrational roots, solved numerically; f″ there as a decimal", () => {
    const { r, lines } = board("x^4 - 4x^2 + x");
    const roots = r.critical.map((c) => c.x["x"]!);
    for (const t of roots) expect(Math.abs(4 * t ** 3 - 8 * t + 1)).toBeLessThan(1e-12);
    expect(lines[1]).toStrictEqual(
      line(
        roots.map((t) => `x ≈ ${fmt(t)}`).join(", "),
        roots.map((t) => `x \\approx ${fmt(t)}`).join(",\\quad "),
        "Solved by: numerically (three irrational real roots: Cardano's formula would need complex cube roots).",
      ),
    );
    const d2 = parse("12x^2 - 8");
    roots.forEach((t, i) => {
      const s = evaluate(d2, { x: t });
      const f = evaluate(parse("x^4 - 4x^2 + x"), { x: t });
      expect(r.critical[i]!.f).toBeCloseTo(f, 12);
      expect(lines[3 + i]).toStrictEqual(
        line(
          `f″(${fmt(t)}) = ${fmt(s)} ${s > 0 ? "> 0: a local minimum" : "< 0: a local maximum"}`,
          `f''\\left(${fmt(t)}\\right) = ${fmt(s)} ${s > 0 ? "> 0" : "< 0"}`,
          `x = ${fmt(t)}: ${s > 0 ? "minimum" : "maximum"}, f = ${fmt(r.critical[i]!.f)}`,
        ),
      );
    });
    expect(r.argmin).toStrictEqual({ x: roots[0] });
    expect(r.minExact).toBeUndefined();
  });
});
