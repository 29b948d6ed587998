import { describe, expect, it } from "vitest";
import { parse } from "../../../core/expr/parser.ts";
import { calculusView } from "./calculus-adapter.ts";
import { globalStart } from "./engine.ts";
import { globalStartAnswer } from "./global-start-job.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";

const settings = { optimizer: "sgd" as const, lr: 0.1, params: DEFAULT_PARAMS.sgd, tol: 1e-6, maxIter: 1000 };

// The worker's answer (its request posted, so through structuredClone, with calculus's steps left behind) is the
// start the comparison offered when it was worked out on the main thread.
describe("globalStartAnswer: the same start, computed wherever", () => {
  it.each([
    { text: "sin(x) + x^2/10", vars: ["x"] },
    { text: "x^4 - 2x^2 + x", vars: ["x"] },
    { text: "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", vars: ["x", "y"] },
  ])("$text", ({ text, vars }) => {
    const calc = calculusView(parse(text));
    const here = globalStart(parse(text), vars, settings, calc);
    expect(globalStartAnswer(structuredClone({ text, settings, calc: { ...calc, steps: [] } }))).toEqual(
      here,
    );
  });
  it("none for a typo", () => {
    expect(globalStartAnswer({ text: "x +", settings, calc: calculusView(parse("x^2")) })).toBeNull();
  });
});
