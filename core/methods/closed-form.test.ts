// Completing the square, checked structurally on random quadratics: every line on the board is the same
// polynomial as f (parsed back and expanded, exactly), the sum of squares expands to f, the minimum is where the
// gradient vanishes, and the status matches the definiteness found independently from the Hessian's eigenvalues.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closedForm } from "./closed-form.ts";
import { completeSquares, expandSquares } from "./complete-squares.ts";
import { jacobiEigenvalues } from "../exact/matrix.ts";
import { parse } from "../expr/parser.ts";
import { Poly, polynomialOf } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { printSteps } from "./print-steps.ts";
import { printMaths, type Maths } from "./print-maths.ts";

const coef = fc
  .tuple(fc.integer({ min: -6, max: 6 }), fc.constantFrom(1, 1, 1, 2, 3, 4))
  .map(([n, d]) => Rational.of(n, d));

/** A random quadratic in 1–3 variables, with exact rational coefficients. */
const quadratic = fc.integer({ min: 1, max: 3 }).chain((n) => {
  const vars = ["x", "y", "z"].slice(0, n);
  const monomials: number[][] = [vars.map(() => 0)];
  vars.forEach((_, i) => monomials.push(vars.map((_, k) => (k === i ? 1 : 0))));
  vars.forEach((_, i) =>
    vars.forEach((_, j) => {
      if (j >= i) monomials.push(vars.map((_, k) => (k === i ? 1 : 0) + (k === j ? 1 : 0)));
    }),
  );
  return fc.array(coef, { minLength: monomials.length, maxLength: monomials.length }).map((cs) =>
    Poly.fromTerms(
      vars,
      monomials.map((m, i) => [m, cs[i]!] as const),
    ),
  );
});

/** The text of f, as a student would type it. */
const typed = (p: Poly) => p.toText();

/** Each step's right-hand side ("f(x) = …" or "= …") parsed and expanded; null for the sentences. */
function stepPolys(steps: { text: string }[], vars: readonly string[]): Poly[] {
  const out: Poly[] = [];
  for (const s of steps) {
    const m = /^(?:f(?:\([^)]*\))? )?= (.*)$/.exec(s.text);
    if (!m) continue;
    const p = polynomialOf(parse(m[1]!), vars);
    if (!p.ok) throw new Error(`step does not read as a polynomial: ${s.text}`);
    out.push(p.poly);
  }
  return out;
}

describe("completing the square on random quadratics", () => {
  it("every equation on the board is f, and the completed square expands to f", () => {
    fc.assert(
      fc.property(quadratic, (f) => {
        if (f.degree() < 1) return true;
        const node = parse(typed(f));
        const r = closedForm(node);
        const vars = r.vars;
        const g = polynomialOf(node, vars);
        if (!g.ok) return false;
        const lines = stepPolys(printSteps(r.steps), vars);
        const { squares, rest } = completeSquares(g.poly);
        const form = polynomialOf(parse(r.exact!.form.text), vars);
        return (
          lines.length >= 1 &&
          lines.every((p) => p.sub(g.poly).isZero()) &&
          expandSquares(squares, rest).sub(g.poly).isZero() &&
          form.ok &&
          form.poly.sub(g.poly).isZero()
        );
      }),
      { numRuns: 300 },
    );
  });

  it("status agrees with the Hessian's eigenvalues; the exact minimum is where ∇f = 0, with f there = min", () => {
    fc.assert(
      fc.property(quadratic, (f) => {
        if (f.degree() < 2) return true;
        const r = closedForm(parse(typed(f)));
        const vars = r.vars;
        const g = polynomialOf(parse(typed(f)), vars);
        if (!g.ok) return false;
        const H = vars.map((v) =>
          vars.map((w) =>
            g.poly
              .derivative(v)
              .derivative(w)
              .coefficient(vars.map(() => 0))
              .toNumber(),
          ),
        );
        const eig = jacobiEigenvalues(H);
        const tiny = 1e-9 * Math.max(1, ...eig.map(Math.abs));
        if (eig.some((e) => e < -tiny)) return r.status === "unbounded";
        if (eig.every((e) => e > tiny)) {
          if (r.status !== "minimum") return false;
          const exactAt = Object.fromEntries(vars.map((v) => [v, parseRational(r.exact!.argmin![v]!.text)]));
          const gradZero = vars.every((v) => g.poly.derivative(v).evalExact(exactAt).isZero());
          const value = g.poly.evalExact(exactAt);
          return gradZero && value.eq(parseRational(r.exact!.min!.text)) && value.toNumber() === r.min;
        }
        // Semidefinite: a minimum exactly when the linear part is consistent, and then f(argmin) is the minimum.
        if (r.status === "minimum") {
          const exactAt = Object.fromEntries(vars.map((v) => [v, parseRational(r.exact!.argmin![v]!.text)]));
          return vars.every((v) => g.poly.derivative(v).evalExact(exactAt).isZero());
        }
        return r.status === "unbounded";
      }),
      { numRuns: 300 },
    );
  });
});

describe("the notes' identities are true", () => {
  const poly = (m: Maths, vars: readonly string[]) => {
    const p = polynomialOf(parse(printMaths(m, "text")), vars);
    if (!p.ok) throw new Error(`a note's maths does not read as a polynomial: ${printMaths(m, "text")}`);
    return p.poly;
  };
  it("each variable's terms equal the completed square the note gives them (y² − 2y = (y − 1)² − 1)", () => {
    fc.assert(
      fc.property(quadratic, (f) => {
        if (f.degree() < 2) return true;
        const r = closedForm(parse(typed(f)));
        for (const s of r.steps) {
          const note = s.note;
          if (note?.id !== "cf.collectVar") continue;
          const { terms, square } = note.params as { terms: Maths; square: Maths };
          if (!poly(terms, r.vars).sub(poly(square, r.vars)).isZero()) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
  it("one variable: (b/2a)² is added and subtracted exactly when there is an x term; no line shows 0²", () => {
    fc.assert(
      fc.property(quadratic, (f) => {
        if (f.vars.length !== 1 || f.degree() !== 2) return true;
        const r = closedForm(parse(typed(f)));
        const b = f.coefficients1()[1]!;
        const added = r.steps.some((s) => s.note?.id === "cf.addSubtract");
        // A standalone 0² (not the end of 10², 20², …).
        return added === !b.isZero() && printSteps(r.steps).every((s) => !/(^|[^\d.])0\^2/.test(s.text));
      }),
      { numRuns: 300 },
    );
  });
  it.each([
    ["x^2 + 3", "cf.quadraticNoB"],
    ["x^2 - 4x", "cf.quadratic"],
    ["x^2 + 2x*y + 3y^2 - 4y", "cf.several"], // typed in another order but reads the same: no "as given" line
    ["(x - 1)(x + 3)", "cf.asGiven"],
  ])("%s opens with %s", (text, id) => expect(closedForm(parse(text)).steps[0]!.note?.id).toBe(id));
});

function parseRational(text: string): Rational {
  const [n, d = "1"] = text.split("/");
  return Rational.of(BigInt(n!), BigInt(d));
}

describe("what the closed form says about other functions", () => {
  it.each([
    ["x^4 - 2x^2", /applies to quadratics; this is degree 4/],
    ["x^3", /applies to quadratics; this is degree 3/],
    ["sin(x) + x^2", /applies to polynomials; this has sin/],
    ["exp(x)", /applies to polynomials; this has exp/],
    ["x^2 + 1/x", /applies to polynomials; this divides/],
  ])("%s is unsupported", (text, reason) => {
    const r = closedForm(parse(text));
    expect(r.status).toBe("unsupported");
    expect(r.reason).toMatch(reason);
    expect(r.steps).toEqual([]);
  });

  it("a linear function is unbounded, a constant has every point as a minimiser", () => {
    expect(closedForm(parse("3 - 2x")).status).toBe("unbounded");
    const c = closedForm(parse("(x - x) + 5"));
    expect(c.status).toBe("minimum");
    expect(c.reason).toMatch(/every point is a minimiser/);
  });

  it("the tutorial's board: (x - 2)^2 - 4, not decimals", () => {
    const r = closedForm(parse("x^2 - 4x"));
    expect(r.exact!.form.text).toBe("(x - 2)^2 - 4");
    expect(r.exact!.form.latex).toBe("\\left(x - 2\\right)^2 - 4");
    for (const s of printSteps(r.steps)) expect(s.text).not.toMatch(/\d\.\d/);
  });
});
