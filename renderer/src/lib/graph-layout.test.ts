import { describe, expect, it } from "vitest";
import { traceAutograd } from "../../../core/diff/autograd-trace.ts";
import { parse } from "../../../core/expr/parser.ts";
import { variables } from "../../../core/expr/node.ts";
import { FOLD_ABOVE, initialFolds, layoutGraph, stateAt } from "./graph-layout.ts";

const trace = (text: string, at: Record<string, number>) => {
  const f = parse(text);
  return traceAutograd(f, variables(f), at);
};

describe("graph layout", () => {
  it("x^2 - 4x: every node placed, left to right (inputs left of the output), one edge per use", () => {
    const t = trace("x^2 - 4x", { x: 10 });
    const l = layoutGraph(t, initialFolds(t));
    expect(l.nodes).toHaveLength(t.nodes.length);
    const x = l.nodes.find((n) => t.nodes[n.index]!.kind === "input")!;
    const out = l.nodes.find((n) => n.index === t.output)!;
    expect(x.x).toBeLessThan(out.x);
    expect(l.edges).toHaveLength(t.nodes.reduce((s, n) => s + new Set(n.args).size, 0));
  });

  it("stateAt: nothing before the first step, 60 and 16 after the last", () => {
    const t = trace("x^2 - 4x", { x: 10 });
    expect(stateAt(t, 0).value.every((v) => v === null)).toBe(true);
    const end = stateAt(t, t.steps.length);
    expect(end.value[t.output]).toBe(60);
    expect(end.grad[t.nodes.findIndex((n) => n.kind === "input")]).toBe(16);
  });

  it("a graph over the limit starts folded; unfolding shows everything", () => {
    const big = Array.from({ length: 14 }, (_, i) => `sin(${i + 1}x + y)^2`).join(" + ");
    const t = trace(big, { x: 0.3, y: 0.2 });
    expect(t.nodes.length).toBeGreaterThan(FOLD_ABOVE);
    const folds = initialFolds(t);
    const folded = layoutGraph(t, folds);
    expect(folded.nodes.length).toBeLessThan(t.nodes.length);
    expect(folded.nodes.some((n) => n.hidden > 0)).toBe(true);
    expect(layoutGraph(t, new Set()).nodes).toHaveLength(t.nodes.length);
  });
});
