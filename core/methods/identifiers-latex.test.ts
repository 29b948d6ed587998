// The methods' LaTeX never passes an identifier through raw: a variable named theta is \theta on the board in every
// line of every method, the critical point and the answer included (only the text lines say "theta").
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { calculus } from "./calculus.ts";
import { closedForm } from "./closed-form.ts";
import { printStepsAll } from "./print-steps.ts";

const CASES = [
  "(theta - 1)^2 + (y - 2)^2",
  "(alpha - 3)^2 + 1",
  "theta^2 + theta*phi + phi^2 - phi",
  "(mu + 1)^4 + mu^2",
];
const rawGreek = /(?<!\\)\b(theta|alpha|phi|mu)\b/;

describe("Greek variables are typeset, never written raw in LaTeX", () => {
  it.each(CASES)("%s", (text) => {
    const node = parse(text);
    for (const r of [calculus(node), closedForm(node)]) {
      for (const s of printStepsAll(r.steps))
        for (const lang of ["en", "th"] as const) {
          expect(s[lang].latex).not.toMatch(rawGreek);
        }
      if ("minExact" in r && r.minExact) expect(r.minExact.latex).not.toMatch(rawGreek);
    }
  });
});
