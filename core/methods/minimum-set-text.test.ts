// A minimum set written as a teacher writes it, one spelling per row: points, lists, half-lines, intervals, unions,
// every period (k ∈ ℤ), a condition on a form, and the box of several variables. Like the printers' own tests, the
// expected lines are the notation itself.
import { describe, expect, it } from "vitest";
import { alongMaths, setNMaths, setNText } from "./minimum-set-text.ts";
import type { Along, MinimumSetN } from "./minimum-set.ts";
import { printMaths } from "./print-maths.ts";
import type { Interval } from "./result.ts";

const iv = (lo: number | null, hi: number | null, loClosed = true, hiClosed = true): Interval => ({
  lo,
  hi,
  loClosed: lo !== null && loClosed,
  hiClosed: hi !== null && hiClosed,
});
const pt = (v: number) => iv(v, v);
const PI = Math.PI;

describe("alongMaths: the condition on x", () => {
  it.each<[string, Along, string, string]>([
    ["one point", { set: [pt(2)] }, "x = 2", "x = 2"],
    ["a list of points", { set: [pt(-1), pt(1)] }, "x ∈ {-1, 1}", "x \\in \\{-1, 1\\}"],
    ["x ≤ 0", { set: [iv(null, 0)] }, "x ≤ 0", "x \\le 0"],
    ["x < 0", { set: [iv(null, 0, true, false)] }, "x < 0", "x < 0"],
    ["x ≥ 1", { set: [iv(1, null)] }, "x ≥ 1", "x \\ge 1"],
    ["x > 1", { set: [iv(1, null, false)] }, "x > 1", "x > 1"],
    ["a closed interval", { set: [iv(-1, 1)] }, "-1 ≤ x ≤ 1", "-1 \\le x \\le 1"],
    ["a half-open interval", { set: [iv(-1, 1, false, true)] }, "-1 < x ≤ 1", "-1 < x \\le 1"],
    ["a union", { set: [iv(null, -1), iv(1, null)] }, "x ∈ (−∞, -1] ∪ [1, ∞)", ""],
    ["every period, at 0", { set: [pt(0)], period: 2 * PI }, "x = 2kπ, k ∈ ℤ", ""],
    ["every period, shifted", { set: [pt(-PI / 2)], period: 2 * PI }, "x = -π/2 + 2kπ, k ∈ ℤ", ""],
    ["every period, two points", { set: [pt(0), pt(PI)], period: 2 * PI }, "x ∈ {2kπ, π + 2kπ}, k ∈ ℤ", ""],
    ["a period without π", { set: [pt(0.5)], period: 3 }, "x = 0.5 + 3k, k ∈ ℤ", ""],
    ["every period, an interval", { set: [iv(-PI, 0)], period: 2 * PI }, "x ∈ [-π + 2kπ, 2kπ], k ∈ ℤ", ""],
  ])("%s", (_, along, text, latex) => {
    const m = alongMaths({ v: "x" }, along);
    expect(printMaths(m, "text")).toBe(text);
    if (latex) expect(printMaths(m, "latex")).toBe(latex);
  });
});

describe("setNMaths / setNText: the whole set in several variables", () => {
  it("everywhere needs words, so no maths", () => {
    expect(setNMaths({ kind: "everywhere" })).toBeNull();
    expect(setNText({ kind: "everywhere" })).toBeNull();
  });

  it.each<[string, MinimumSetN, string]>([
    [
      "a box: x ≤ 0, y = 0",
      { kind: "box", parts: { x: { set: [iv(null, 0)] }, y: { set: [pt(0)] } } },
      "x ≤ 0, y = 0",
    ],
    [
      "a box with a free variable left out",
      { kind: "box", parts: { x: { set: [pt(1)] }, y: null } },
      "x = 1",
    ],
    [
      "a form",
      {
        kind: "form",
        coefs: { x: 1, y: -1 },
        form: { text: "x - y", latex: "x - y" },
        values: { set: [pt(0)] },
      },
      "x - y = 0",
    ],
  ])("%s", (_, set, text) => {
    expect(printMaths(setNMaths(set)!, "text")).toBe(text);
    expect(setNText(set)).toStrictEqual({ text, latex: printMaths(setNMaths(set)!, "latex") });
  });
});
