// What a worker posts arrives through structured cloning, which keeps data and drops classes: a rational or a
// node inside an answer arrives as a bare object that can no longer print itself (vitest has no Worker, so the
// job tests compute on this thread and would not see it). Every answer a worker sends must therefore be plain
// data: cloned, it equals itself to the prototype (toStrictEqual), for every preset and for the inputs whose
// steps and reasons carry exact maths (unbounded, plateaus, periodic sets, surds, refusals).
import { describe, expect, it } from "vitest";
import { calculusAnswer } from "./calculus-job.ts";
import { descentAnswer } from "./descent-job.ts";
import { PRESETS } from "./presets.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { LANGS, say } from "../../../core/index.ts";

const EXTRA = [
  "-1e308*x^2",
  "x^3 - 3x",
  "exp(x)",
  "relu(x - 1) + 2",
  "sin(x)",
  "x^x",
  "x^4 - 4x^2 + 4",
  "x*y",
  "abs(x) - x",
  "x^5/5 - 4x^3/3 + 4x",
  "log(x)",
  "1/x",
  "(x - 1)^2 (x + 2)^2",
];
const TEXTS = [...PRESETS.map((p) => p.text), ...EXTRA];

describe("worker answers are plain data (they survive structured cloning unchanged)", () => {
  it.each(TEXTS)("calculus of %s", (text) => {
    const answer = calculusAnswer(text);
    const cloned = structuredClone(answer);
    expect(cloned).toStrictEqual(answer);
    // And the reason still says itself in every language after the trip.
    const reason = cloned?.reason;
    if (reason !== undefined && typeof reason !== "string")
      for (const lang of LANGS) expect(say(reason, lang)).toBe(say(answer!.reason as typeof reason, lang));
  });

  it.each(TEXTS)("gradient descent on %s", (text) => {
    const answer = descentAnswer({
      text,
      runs: (["sgd", "adam"] as const).map((optimizer) => ({
        x0: [2, 1],
        optimizer,
        lr: 0.01,
        params: { ...DEFAULT_PARAMS[optimizer] },
        tol: 1e-6,
        maxIter: 200,
        color: "#000",
        forgetZeroGrad: false,
      })),
    });
    expect(structuredClone(answer)).toStrictEqual(answer);
  });
});
