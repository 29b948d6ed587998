// The graph view's trace: the tutorial's numbers (core/fixtures/tutorial.json, from PyTorch), the backward
// sweep's order and products, a shared subexpression met once with its gradient summed, and the graph's gradients
// against reverse mode (valueAndGrad) and the symbolic derivative.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crossCheck, traceAutograd, type TraceStep } from "./autograd-trace.ts";
import { evaluate, valueAndGrad } from "./autodiff.ts";
import { derivative } from "./derivative.ts";
import { topoOrder, variables } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";

const tutorial = JSON.parse(readFileSync(new URL("../fixtures/tutorial.json", import.meta.url), "utf8"));
const backward = (steps: readonly TraceStep[]) => steps.filter((s) => s.phase === "backward");

describe("traceAutograd", () => {
  it("x^2 - 4x at x = 10: output 60, x.grad 16, as torch gives", () => {
    const f = parse("x^2 - 4x");
    const t = traceAutograd(f, ["x"], { x: tutorial.x0 });
    expect(t.value).toBe(tutorial.firstGrad.value);
    expect(t.grads["x"]).toBe(tutorial.firstGrad.grad);
    expect(t.nodes[t.output]!.value).toBe(60);
    const x = t.nodes.find((n) => n.kind === "input")!;
    expect(x.grad).toBe(16);
  });

  it("steps: every node forward in topological order, the seed, then backward in reverse topological order", () => {
    const t = traceAutograd(parse("x^2 - 4x"), ["x"], { x: 10 });
    const fwd = t.steps.filter((s) => s.phase === "forward").map((s) => s.node);
    expect(fwd).toEqual(t.nodes.map((n) => n.index));
    expect(t.steps[fwd.length]).toEqual({ phase: "seed", node: t.output });
    const bwd = backward(t.steps);
    expect(bwd[0]!.node).toBe(t.output);
    // A node's backward runs after the backward of every node that uses it.
    const users = (i: number) => t.nodes.filter((n) => n.args.includes(i)).map((n) => n.index);
    const when = new Map(bwd.map((s, k) => [s.node, k]));
    for (const s of bwd) for (const u of users(s.node)) expect(when.get(u)!).toBeLessThan(when.get(s.node)!);
  });

  it("lists each chain-rule product with numbers: sub passes 1 and −1, x^2 passes 1 · 20 = 20", () => {
    const t = traceAutograd(parse("x^2 - 4x"), ["x"], { x: 10 });
    const label = (i: number) => t.nodes[i]!.label;
    const rows = backward(t.steps).flatMap((s) =>
      s.parts.map((p) => [label(s.node), label(p.input), s.gradOut, p.local, p.product, p.before, p.after]),
    );
    expect(rows).toEqual([
      ["-", "^", 1, 1, 1, null, 1],
      ["-", "*", 1, -1, -1, null, -1],
      ["*", "x", -1, 4, -4, null, -4],
      ["^", "x", 1, 20, 20, -4, 16],
    ]);
  });

  it("sin(x)^2 + sin(x): one sin node with two users, its gradient the sum (+=) of both", () => {
    const f = parse("sin(x)^2 + sin(x)");
    const t = traceAutograd(f, ["x"], { x: 0.5 });
    const sins = t.nodes.filter((n) => n.label === "sin");
    expect(sins).toHaveLength(1);
    const sin = sins[0]!;
    expect(t.nodes.filter((n) => n.args.includes(sin.index))).toHaveLength(2);
    const into = backward(t.steps).flatMap((s) => s.parts.filter((p) => p.input === sin.index));
    expect(into).toHaveLength(2);
    expect(into[0]!.before).toBeNull();
    expect(into[1]!.before).toBe(into[0]!.after);
    expect(into[1]!.after).toBe(into[0]!.product + into[1]!.product);
    expect(sin.grad).toBe(into[1]!.after);
    expect(sin.grad).toBeCloseTo(2 * Math.sin(0.5) + 1, 15);
  });

  it.each([
    "x^2 - 4x",
    "sin(x)^2 + sin(x)",
    "(1 - x)^2 + 100(y - x^2)^2",
    "exp(x y) + x y",
    "sqrt(x^2 + y^2) + pi x",
    "sigmoid(x) * tanh(y) - log(x + 3)",
  ])("%s: node count equals the interned DAG's; gradients equal reverse mode's", (text) => {
    const f = parse(text);
    const vars = variables(f);
    const at = Object.fromEntries(vars.map((v, i) => [v, 0.7 + 0.4 * i]));
    const t = traceAutograd(f, vars, at);
    expect(t.nodes.length).toBe(topoOrder(f).length);
    expect(new Set(t.nodes.map((n) => n.node)).size).toBe(t.nodes.length);
    const ref = valueAndGrad(f, at);
    expect(t.value).toBeCloseTo(ref.value, 12);
    for (const v of vars) expect(t.grads[v]).toBeCloseTo(ref.grad[v]!, 12);
    const symbolic = Object.fromEntries(vars.map((v) => [v, evaluate(derivative(f, v), at)]));
    expect(crossCheck(t, symbolic).every((r) => r.agree)).toBe(true);
  });

  it("a constant function has no backward: no seed, no gradients", () => {
    const t = traceAutograd(parse("3 + pi"), [], {});
    expect(t.steps.every((s) => s.phase === "forward")).toBe(true);
    expect(t.grads).toEqual({});
  });

  it("cross-check says so when the two disagree (abs at its kink: autograd's 0 against an undefined f′)", () => {
    const f = parse("abs(x)");
    const t = traceAutograd(f, ["x"], { x: 0 });
    expect(t.grads["x"]).toBe(0);
    expect(crossCheck(t, { x: NaN })[0]!.agree).toBe(false);
    expect(crossCheck(t, { x: 0 })[0]!.agree).toBe(true);
  });
});
