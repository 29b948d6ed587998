// The closed form's board, pinned where `npm run mutation core/methods/closed-form.ts` found it loose. Each
// "collect the terms with v" note states an identity p·v² + v·L = p(inner)² − L²/(4p); read back as maths (² as ^2,
// · as *), its two sides must be the same polynomial, so a sign a reader would take the wrong way fails here.
import { describe, expect, it } from "vitest";
import { closedForm } from "./closed-form.ts";
import { printSteps, printStep } from "./print-steps.ts";
import { parse } from "../expr/parser.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { msg } from "../messages/index.ts";

const asMaths = (s: string) => s.replaceAll("²", "^2").replaceAll("·", "*").replaceAll("−", "-");

describe("each 'collect the terms' note is a true identity as printed", () => {
  it.each([
    "x^2 + 2xy + 3y^2 - 4y",
    "x^2 - 2xy + y^2 - 2x + 2y",
    "-x^2 - y^2 + 2x",
    "x^2 - 2xy + 2y^2",
    "1/2 x^2 - 3xy + 5y^2 - y",
    "-2x^2 + 2xy - y^2 + 4x",
  ])("%s", (expr) => {
    const r = closedForm(parse(expr));
    const notes = printSteps(r.steps)
      .map((s) => s.note ?? "")
      .filter((n) => n.startsWith("Collect the terms with"));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const [, lhs, rhs] = /^Collect the terms with \w+: (.*) = (.*)\.$/.exec(note) ?? [];
      const [left, right] = [lhs, rhs].map((side) => polynomialOf(parse(asMaths(side!)), r.vars));
      expect(left!.ok && right!.ok && left!.poly.sub(right!.poly).isZero(), note).toBe(true);
    }
  });
});

describe("what the method concludes, in words", () => {
  it.each<[string, string, string | undefined, string]>([
    [
      "2x^2 - 4x + 5",
      "minimum",
      "positive definite",
      "2(x - 1)^2 ≥ 0 and is 0 only at x = 1, so the vertex (1, 3) is the minimum: f(1) = 3",
    ],
    [
      "-x^2 + 2x",
      "unbounded",
      "negative definite",
      "a = -1 < 0, so -(x - 1)^2 can be made as negative as we like: f is unbounded below (the vertex x = 1 is its maximum)",
    ],
    ["3x - 1", "unbounded", undefined, "f is linear: as x → −∞, f → −∞, so it has no minimum"],
    ["-2y + 1", "unbounded", undefined, "f is linear: as y → +∞, f → −∞, so it has no minimum"],
    ["7", "minimum", "zero", "f is a constant: its value is the minimum"],
    [
      "x^2 + 2xy + 3y^2 - 4y",
      "minimum",
      "positive definite",
      "each square is ≥ 0 with a positive coefficient (positive definite), so f ≥ -2; the unique minimum is at x = -1, y = 1, where f = -2",
    ],
    [
      "x^2 - 2xy + y^2 - 2x + 2y",
      "minimum",
      "positive semidefinite",
      "each square is ≥ 0 with a positive coefficient (positive semidefinite), so f ≥ -1; every point where all the squares are 0 is a minimum (a line of minima, y free); one is x = 1, y = 0, where f = -1",
    ],
    [
      "x^2 - y^2",
      "unbounded",
      "indefinite",
      "the square y^2 has the negative coefficient -1: moving y alone makes f as negative as we like (indefinite), so f is unbounded below",
    ],
    [
      "-(x + y)^2",
      "unbounded",
      "negative semidefinite",
      "the square (x + y)^2 has the negative coefficient -1: moving x alone makes f as negative as we like (negative semidefinite), so f is unbounded below",
    ],
    [
      "x^2 + y",
      "unbounded",
      "positive semidefinite",
      "the squares can all be 0 while the linear part y goes to −∞: f is unbounded below (semidefinite, but the linear part is not consistent with it)",
    ],
    [
      "(x + y + z)^2 + 1",
      "minimum",
      "positive semidefinite",
      "each square is ≥ 0 with a positive coefficient (positive semidefinite), so f ≥ 1; every point where all the squares are 0 is a minimum (a plane of minima, y, z free); one is x = 0, y = 0, z = 0, where f = 1",
    ],
    [
      "(w + x + y + z)^2",
      "minimum",
      "positive semidefinite",
      "each square is ≥ 0 with a positive coefficient (positive semidefinite), so f ≥ 0; every point where all the squares are 0 is a minimum (a 3-dimensional set of minima, y, z, w free); one is x = 0, y = 0, z = 0, w = 0, where f = 0",
    ],
    [
      "x*y",
      "unbounded",
      "indefinite",
      "what is left, x y, has a product of variables but no square: it takes both signs without bound (a saddle), so f is unbounded below",
    ],
    ["x^3", "unsupported", undefined, "completing the square applies to quadratics; this is degree 3"],
  ])("%s: %s, %s", (expr, status, definiteness, reason) => {
    const r = closedForm(parse(expr));
    expect([r.status, r.definiteness, r.reason]).toStrictEqual([status, definiteness, reason]);
    expect(r.everyPoint).toBe(expr === "7" ? true : undefined);
  });
});

describe("the function as typed opens the board only when it is not already the expanded form", () => {
  it("(x - 1)(x + 3) first, then x^2 + 2x - 3 and the same board as for x^2 + 2x - 3 itself", () => {
    const typed = closedForm(parse("(x - 1)(x + 3)")).steps;
    const expanded = closedForm(parse("x^2 + 2x - 3")).steps;
    expect(typed[0]!.note).toStrictEqual(msg("cf.asGiven"));
    expect(typed.slice(1).map((s) => printStep(s))).toStrictEqual(expanded.map((s) => printStep(s)));
    expect(expanded[0]!.note?.id).toBe("cf.quadratic");
  });

  it("a function the method cannot take has no board at all", () =>
    expect(closedForm(parse("(x + 1)^3")).steps).toStrictEqual([]));
});
