// The closed form's board, pinned where `npm run mutation core/methods/closed-form.ts` found it loose. Each
// "collect the terms with v" note states an identity p·v² + v·L = p(inner)² − L²/(4p); read back as maths (² as ^2,
// · as *), its two sides must be the same polynomial, so a sign a reader would take the wrong way fails here.
import { describe, expect, it } from "vitest";
import { closedForm } from "./closed-form.ts";
import { printSteps } from "./print-steps.ts";
import { parse } from "../expr/parser.ts";
import { polynomialOf } from "../exact/polynomial.ts";

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
