// The closed form's board, pinned where `npm run mutation core/methods/closed-form.ts` found it loose. Each
// "collect the terms with v" note states an identity p·v² + v·L = p(inner)² − L²/(4p); read back as maths (² as ^2,
// · as *), its two sides must be the same polynomial, so a sign a reader would take the wrong way fails here.
import { describe, expect, it } from "vitest";
import { closedForm } from "./closed-form.ts";
import { printSteps, printStep, type PrintedStep } from "./print-steps.ts";
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
      const [, lhs, rhs] =
        /^Collect the terms with \w+ and complete the square: (.*) = (.*)\.$/.exec(note) ?? [];
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

// The whole board as the class sees it (text, LaTeX and the note under each line), read and checked by hand once:
// every line is f, each note says why the line follows, and the brackets keep each sign where a reader expects it.
describe("the whole board", () => {
  it.each<[string, PrintedStep[]]>([
    [
      "2x^2 - 4x + 5",
      [
        {
          text: "f(x) = 2x^2 - 4x + 5",
          latex: "f(x) = 2x^2 - 4x + 5",
          note: "A quadratic ax² + bx + c with a = 2, b = -4, c = 5.",
        },
        {
          text: "= 2(x^2 - 2x) + 5",
          latex: "= 2\\left(x^2 - 2x\\right) + 5",
          note: "Factor a = 2 out of the x terms.",
        },
        {
          text: "= 2(x^2 - 2x + (-1)^2 - (-1)^2) + 5",
          latex: "= 2\\left(x^2 - 2x + \\left(-1\\right)^2 - \\left(-1\\right)^2\\right) + 5",
          note: "Add and subtract (b/2a)² = (-1)² = 1: half the coefficient of x, squared.",
        },
        {
          text: "= 2((x - 1)^2 - 1) + 5",
          latex: "= 2\\left(\\left(x - 1\\right)^2 - 1\\right) + 5",
          note: "The first three terms are a perfect square.",
        },
        {
          text: "= 2(x - 1)^2 + 3",
          latex: "= 2\\left(x - 1\\right)^2 + 3",
          note: "Multiply out and collect the constants: a(x + b/2a)² + (c − b²/4a).",
        },
        {
          text: "2(x - 1)^2 ≥ 0 and is 0 only at x = 1, so the vertex (1, 3) is the minimum: f(1) = 3",
          latex:
            "2\\left(x - 1\\right)^2 \\ge 0 \\;\\Rightarrow\\; f(x) \\ge 3,\\ \\text{with equality at } x = 1",
          note: "A square is never negative; the minimum is at the vertex.",
        },
      ],
    ],
    [
      "x^2 - 6x + 9",
      [
        {
          text: "f(x) = x^2 - 6x + 9",
          latex: "f(x) = x^2 - 6x + 9",
          note: "A quadratic ax² + bx + c with a = 1, b = -6, c = 9.",
        },
        {
          text: "= x^2 - 6x + (-3)^2 - (-3)^2 + 9",
          latex: "= x^2 - 6x + \\left(-3\\right)^2 - \\left(-3\\right)^2 + 9",
          note: "Add and subtract (b/2a)² = (-3)² = 9: half the coefficient of x, squared.",
        },
        {
          text: "= (x - 3)^2 - 9 + 9",
          latex: "= \\left(x - 3\\right)^2 - 9 + 9",
          note: "The first three terms are a perfect square.",
        },
        {
          text: "= (x - 3)^2",
          latex: "= \\left(x - 3\\right)^2",
          note: "Multiply out and collect the constants: a(x + b/2a)² + (c − b²/4a).",
        },
        {
          text: "(x - 3)^2 ≥ 0 and is 0 only at x = 3, so the vertex (3, 0) is the minimum: f(3) = 0",
          latex:
            "\\left(x - 3\\right)^2 \\ge 0 \\;\\Rightarrow\\; f(x) \\ge 0,\\ \\text{with equality at } x = 3",
          note: "A square is never negative; the minimum is at the vertex.",
        },
      ],
    ],
    [
      "x^2 + 1/2 x",
      [
        {
          text: "f(x) = x^2 + (1/2)x",
          latex: "f(x) = x^2 + \\frac{1}{2}x",
          note: "A quadratic ax² + bx + c with a = 1, b = 1/2, c = 0.",
        },
        {
          text: "= x^2 + (1/2)x + (1/4)^2 - (1/4)^2",
          latex: "= x^2 + \\frac{1}{2}x + \\left(\\frac{1}{4}\\right)^2 - \\left(\\frac{1}{4}\\right)^2",
          note: "Add and subtract (b/2a)² = (1/4)² = 1/16: half the coefficient of x, squared.",
        },
        {
          text: "= (x + 1/4)^2 - 1/16",
          latex: "= \\left(x + \\frac{1}{4}\\right)^2 - \\frac{1}{16}",
          note: "The first three terms are a perfect square.",
        },
        {
          text: "(x + 1/4)^2 ≥ 0 and is 0 only at x = -1/4, so the vertex (-1/4, -1/16) is the minimum: f(-1/4) = -1/16",
          latex:
            "\\left(x + \\frac{1}{4}\\right)^2 \\ge 0 \\;\\Rightarrow\\; f(x) \\ge -\\frac{1}{16},\\ \\text{with equality at } x = -\\frac{1}{4}",
          note: "A square is never negative; the minimum is at the vertex.",
        },
      ],
    ],
    [
      "-x^2 + 2x",
      [
        {
          text: "f(x) = -x^2 + 2x",
          latex: "f(x) = -x^2 + 2x",
          note: "A quadratic ax² + bx + c with a = -1, b = 2, c = 0.",
        },
        {
          text: "= -(x^2 - 2x)",
          latex: "= -\\left(x^2 - 2x\\right)",
          note: "Factor a = -1 out of the x terms.",
        },
        {
          text: "= -(x^2 - 2x + (-1)^2 - (-1)^2)",
          latex: "= -\\left(x^2 - 2x + \\left(-1\\right)^2 - \\left(-1\\right)^2\\right)",
          note: "Add and subtract (b/2a)² = (-1)² = 1: half the coefficient of x, squared.",
        },
        {
          text: "= -((x - 1)^2 - 1)",
          latex: "= -\\left(\\left(x - 1\\right)^2 - 1\\right)",
          note: "The first three terms are a perfect square.",
        },
        {
          text: "= -(x - 1)^2 + 1",
          latex: "= -\\left(x - 1\\right)^2 + 1",
          note: "Multiply out and collect the constants: a(x + b/2a)² + (c − b²/4a).",
        },
        {
          text: "a = -1 < 0, so -(x - 1)^2 can be made as negative as we like: f is unbounded below (the vertex x = 1 is its maximum)",
          latex: "-\\left(x - 1\\right)^2 \\to -\\infty \\text{ as } x \\to \\pm\\infty",
          note: "a < 0: the parabola opens downwards, no minimum.",
        },
      ],
    ],
    [
      "3x - 1",
      [
        {
          text: "f(x) = 3x - 1",
          latex: "f(x) = 3x - 1",
          note: "f is linear: there is no square to complete.",
        },
        {
          text: "f is linear: as x → −∞, f → −∞, so it has no minimum",
          latex: "\\lim_{x \\to -\\infty} f = -\\infty",
        },
      ],
    ],
    ["7", [{ text: "f = 7", latex: "f = 7", note: "f is a constant: its value is the minimum" }]],
    [
      "x^2 - 2xy + y^2 - 2x + 2y",
      [
        {
          text: "f(x, y) = x^2 - 2x y + y^2 - 2x + 2y",
          latex: "f(x, y) = x^2 - 2xy + y^2 - 2x + 2y",
          note: "A quadratic in x, y: complete the square one variable at a time.",
        },
        {
          text: "= (x - y - 1)^2 - 1",
          latex: "= \\left(x - y - 1\\right)^2 - 1",
          note: "Collect the terms with x and complete the square: x^2 - 2x y - 2x = (x - y - 1)^2 - (-y - 1)^2.",
        },
        {
          text: "each square is ≥ 0 with a positive coefficient (positive semidefinite), so f ≥ -1; every point where all the squares are 0 is a minimum (a line of minima, y free); one is x = 1, y = 0, where f = -1",
          latex: "f(x, y) \\ge -1,\\ \\text{with equality at } x = 1,\\ y = 0",
          note: "Semidefinite: the minimum is attained on a whole set.",
        },
      ],
    ],
    [
      "-x^2 - y^2 + 2x",
      [
        {
          text: "f(x, y) = -x^2 - y^2 + 2x",
          latex: "f(x, y) = -x^2 - y^2 + 2x",
          note: "A quadratic in x, y: complete the square one variable at a time.",
        },
        {
          text: "= -(x - 1)^2 - y^2 + 1",
          latex: "= -\\left(x - 1\\right)^2 - y^2 + 1",
          note: "Collect the terms with x and complete the square: -x^2 + 2x = -(x - 1)^2 + 1.",
        },
        {
          text: "= -(x - 1)^2 - y^2 + 1",
          latex: "= -\\left(x - 1\\right)^2 - y^2 + 1",
          note: "The only term with y is -y^2: it is already a square.",
        },
        {
          text: "the square (x - 1)^2 has the negative coefficient -1: moving x alone makes f as negative as we like (negative definite), so f is unbounded below",
          latex: "-\\left(x - 1\\right)^2 \\to -\\infty \\text{ as } x \\to \\pm\\infty",
          note: "f has no minimum.",
        },
      ],
    ],
    [
      "x*y",
      [
        {
          text: "f(x, y) = x y",
          latex: "f(x, y) = xy",
          note: "A quadratic in x, y: complete the square one variable at a time.",
        },
        {
          text: "what is left, x y, has a product of variables but no square: it takes both signs without bound (a saddle), so f is unbounded below",
          latex: "xy \\text{ has no square term: a saddle, } f \\to -\\infty",
          note: "f has no minimum.",
        },
      ],
    ],
    [
      "x^2 + y",
      [
        {
          text: "f(x, y) = x^2 + y",
          latex: "f(x, y) = x^2 + y",
          note: "A quadratic in x, y: complete the square one variable at a time.",
        },
        {
          text: "= x^2 + y",
          latex: "= x^2 + y",
          note: "The only term with x is x^2: it is already a square.",
        },
        {
          text: "the squares can all be 0 while the linear part y goes to −∞: f is unbounded below (semidefinite, but the linear part is not consistent with it)",
          latex: "y \\to -\\infty \\text{ along the directions where every square is } 0",
          note: "f has no minimum.",
        },
      ],
    ],
  ])("%s", (expr, board) => expect(printSteps(closedForm(parse(expr)).steps)).toStrictEqual(board));
});
