// pointEvaluator is evaluate for many points: the same numbers bit for bit, NaN wherever evaluate throws, and the
// same count of work against the budget.
import { describe, expect, it } from "vitest";
import { evaluate, pointEvaluator } from "./autodiff.ts";
import { parse } from "../expr/parser.ts";
import { Budget, LIMITS, withBudget } from "../expr/budget.ts";

const interpreted = (text: string, at: Record<string, number>) => {
  try {
    return evaluate(parse(text), at);
  } catch {
    return NaN;
  }
};

describe("pointEvaluator", () => {
  it.each<[string, Record<string, number>[]]>([
    ["x^2 - 4x", [{ x: 10 }, { x: -0 }, { x: 2 }, { x: 1e154 }, { x: 1e155 }]],
    ["sin(x)^2 + sin(x)", [{ x: 0.5 }, { x: -3 }]],
    [
      "(1 - x)^2 + 100(y - x^2)^2",
      [
        { x: -1.2, y: 1 },
        { x: 1, y: 1 },
        { x: 3e-9, y: -7 },
      ],
    ],
    [
      "log(x) + sqrt(y)",
      [
        { x: 2, y: 4 },
        { x: -1, y: 4 },
        { x: 2, y: -4 },
        { x: 0, y: 1 },
      ],
    ],
    ["exp(x) * pi - e", [{ x: 700 }, { x: 710 }, { x: -745 }]],
    [
      "x / y",
      [
        { x: 1, y: 0 },
        { x: 0, y: 0 },
        { x: 1, y: 3 },
      ],
    ],
    ["x + y", [{ x: 1 }, { x: Number.NaN, y: 1 }, { x: Infinity, y: 1 }]],
    [
      "abs(x)^0.5 * relu(y - 1)",
      [
        { x: -4, y: 3 },
        { x: 0, y: 0 },
      ],
    ],
    ["3", [{}, { x: 1 }]],
  ])("%s: equals evaluate at every point (NaN where it throws)", (text, points) => {
    const f = pointEvaluator(parse(text));
    for (const at of points)
      expect(Object.is(f(at), interpreted(text, at)) ? "same" : [f(at), interpreted(text, at)]).toBe("same");
  });

  it("one evaluator serves many points in turn (its buffer holds no earlier answer)", () => {
    const f = pointEvaluator(parse("x*y + x"));
    const pts = [
      { x: 1, y: 2 },
      { x: -1, y: Infinity },
      { x: 3, y: 4 },
      { x: 3, y: 4 },
    ];
    expect(pts.map((p) => f(p))).toStrictEqual(pts.map((p) => interpreted("x*y + x", p)));
  });

  it("counts the same work as evaluate, and a spent budget answers NaN and is reported at the boundary", () => {
    const node = parse("sin(x)^2 + cos(x)*x");
    const counted = (run: () => void) => {
      const b = new Budget();
      withBudget(b, run);
      return b.nodes;
    };
    const f = pointEvaluator(node);
    const viaEvaluate = counted(() => [1, 2, 3].forEach((x) => evaluate(node, { x })));
    const viaPoints = counted(() => [1, 2, 3].forEach((x) => f({ x })));
    expect(viaPoints).toBe(viaEvaluate);
    const tiny = new Budget([0, 0], { ...LIMITS, nodes: 20 });
    const seen: number[] = [];
    expect(() => withBudget(tiny, () => [1, 2, 3, 4].forEach((x) => seen.push(f({ x }))))).toThrow(
      expect.objectContaining({ code: "too_complex" }),
    );
    expect(seen.some(Number.isNaN)).toBe(true);
  });
});
