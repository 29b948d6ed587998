import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { lesson } from "./index.ts";

const tutorial = JSON.parse(readFileSync(new URL("./fixtures/tutorial.json", import.meta.url), "utf8"));

describe("lesson: the pipeline top to bottom", () => {
  it("runs the tutorial's function through all three methods", () => {
    const r = lesson("x^2 - 4x");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vars).toEqual(["x"]);
    expect(r.value.derivatives.x!.text).toBe("2x - 4");
    const { closedForm, calculus, gd } = r.value.comparison;
    expect(closedForm.status).toBe("minimum");
    expect(calculus.status).toBe("minimum");
    expect(closedForm.argmin!.x).toBe(calculus.argmin!.x);
    expect(gd.iterations).toBe(tutorial.untilTolerance.iterations);
    expect(gd.argmin.x).toBeCloseTo(tutorial.untilTolerance.x, 12);
  });

  it.each([
    ["x^2 - 4x)", "unexpected_token"],
    ["x^2 -", "unexpected_end"],
    ["foo(x)", "unknown_function"],
  ])("%s is a positioned error, not an exception", (text, code) => {
    const r = lesson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.span[1]).toBeGreaterThanOrEqual(r.error.span[0]);
    expect(r.error.span[1]).toBeLessThanOrEqual(text.length);
  });
});
