// Each method's answer as the class reads it, from the oracles: SymPy's minimum for the closed form and calculus,
// PyTorch's run for gradient descent (shell.spec.ts, presentation.spec.ts).
import type { Locator, Page } from "@playwright/test";
import { fixture, tutorial } from "./fixtures.ts";

export { tutorial } from "./fixtures.ts";
const exact = (
  (fixture("minima") as { cases: unknown }).cases as {
    expr: string;
    min: { value: number };
    argmin: { x: { value: number } }[];
  }[]
).find((c) => c.expr === tutorial.expr)!;

/** A number the way the panels print it: six significant digits, a real minus sign. */
export const shown = (v: number) => String(Number(v.toPrecision(6))).replace("-", "−");

/** [panel, its answer line "x* = …", "f(x*) = …"] for the three methods on the tutorial's function. */
export function answers(
  page: Page,
  names = ["Closed form", "Calculus", "Gradient descent"],
): [Locator, Locator, Locator][] {
  const run = tutorial.untilTolerance;
  const values = [
    [exact.argmin[0]!.x.value, exact.min.value],
    [exact.argmin[0]!.x.value, exact.min.value],
    [run.x, run.f],
  ];
  return names.map((name, i) => {
    const region = page.getByRole("region", { name });
    const [x, f] = values[i]!;
    return [
      region,
      region.getByText(`x* = ${shown(x!)}`, { exact: true }),
      region.getByText(`f(x*) = ${shown(f!)}`, { exact: true }),
    ];
  });
}
