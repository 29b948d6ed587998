// The graph view's trace and its cross-check judge where `npm run mutation core/diff/autograd-trace.ts` found them
// loose: every node's kind, label, arguments, gradFn and gradient for a graph built by hand (numbers, π, e, a
// variable, a constant subtree and one left out of f), the defaults for a variable missing from the point, and the
// judge at its tolerance and with non-finite numbers on either side.
import { describe, expect, it } from "vitest";
import { type AutogradTrace, crossCheck, traceAutograd } from "./autograd-trace.ts";
import { evaluate, valueAndGrad } from "./autodiff.ts";
import { add, apply, constant, mul, num, pow, sub, sym, topoOrder, type Node } from "../expr/node.ts";
import { fmt, spec } from "../expr/ops.ts";

const x = sym("x");
const y = sym("y");

describe("traceAutograd: each node as the view shows it", () => {
  it("kinds, labels, arguments, torch's gradFn names and gradients (null off the variable's paths)", () => {
    // f = (2·π + e^x) − 2.5·x: 2·π is an operation no variable reaches, e^x a power of a constant.
    const twoPi = mul(num(2), constant("pi"));
    const ex = pow(constant("e"), x);
    const f = sub(add(twoPi, ex), mul(num(2.5), x));
    const at = { x: 0.75 };
    const t = traceAutograd(f, ["x"], at);
    const order = topoOrder(f);
    const where = (n: Node) => order.indexOf(n);
    const { value, grad } = valueAndGrad(f, at);
    const expected: Record<number, [string, string, number[], string | null, number | null]> = {
      [where(num(2))]: ["constant", fmt(2), [], null, null],
      [where(constant("pi"))]: ["constant", "π", [], null, null],
      [where(twoPi)]: ["op", spec("mul").text, [where(num(2)), where(constant("pi"))], null, null],
      [where(constant("e"))]: ["constant", "e", [], null, null],
      [where(x)]: ["input", "x", [], null, grad["x"]!],
      [where(ex)]: ["op", spec("pow").text, [where(constant("e")), where(x)], "PowBackward0", 1],
      [where(add(twoPi, ex))]: ["op", spec("add").text, [where(twoPi), where(ex)], "AddBackward0", 1],
      [where(num(2.5))]: ["constant", "2.5", [], null, null],
      [where(mul(num(2.5), x))]: ["op", spec("mul").text, [where(num(2.5)), where(x)], "MulBackward0", -1],
      [where(f)]: [
        "op",
        spec("sub").text,
        [where(add(twoPi, ex)), where(mul(num(2.5), x))],
        "SubBackward0",
        1,
      ],
    };
    expect(t.nodes.map((n) => [n.kind, n.label, n.args, n.gradFn, n.grad])).toStrictEqual(
      order.map((_, i) => expected[i]),
    );
    expect(t.nodes.map((n) => [n.index, n.node, n.value])).toStrictEqual(
      order.map((n, i) => [i, n, evaluate(n, at)]),
    );
    expect([t.output, t.value, t.grads, t.vars]).toStrictEqual([order.length - 1, value, grad, ["x"]]);
  });

  it("a variable left out of the point is 0; one f does not use has grad null", () => {
    const f = add(pow(x, num(2)), mul(num(3), y));
    const t = traceAutograd(f, ["x", "y", "z"], { y: 2 });
    expect(t.value).toBe(6);
    expect(t.grads).toStrictEqual({ x: 0, y: 3, z: null });
    expect(Object.keys(t.grads)).toStrictEqual(["x", "y", "z"]);
  });

  it("the steps: forward values, the seed, then backward parts with the op table's local derivatives", () => {
    const f = mul(apply("sin", [x]), y);
    const at = { x: 0.3, y: -2 };
    const t = traceAutograd(f, ["x", "y"], at);
    const order = topoOrder(f);
    const ix = order.indexOf(x);
    const iy = order.indexOf(y);
    const isin = order.indexOf(apply("sin", [x]));
    const s = Math.sin(0.3);
    const c = spec("sin").da(0.3, 0, s);
    expect(t.steps).toStrictEqual([
      ...order.map((n, i) => ({ phase: "forward", node: i, value: evaluate(n, at) })),
      { phase: "seed", node: t.output },
      {
        phase: "backward",
        node: t.output,
        gradOut: 1,
        parts: [
          { input: isin, arg: 0, local: -2, product: -2, before: null, after: -2 },
          { input: iy, arg: 1, local: s, product: s, before: null, after: s },
        ],
      },
      {
        phase: "backward",
        node: isin,
        gradOut: -2,
        parts: [{ input: ix, arg: 0, local: c, product: -2 * c, before: null, after: -2 * c }],
      },
    ]);
  });

  it("outside the domain the value is NaN and the gradient the op table's formula, as torch gives (1/x for log)", () => {
    const t = traceAutograd(apply("log", [x]), ["x"], { x: -1 });
    expect(t.value).toBeNaN();
    expect(t.grads["x"]).toBe(spec("log").da(-1, 0, NaN));
  });
});

describe("crossCheck: the one judge of graph against symbolic", () => {
  const judge = (graph: number | null, symbolic: number) =>
    crossCheck({ vars: ["x"], grads: { x: graph } } as unknown as AutogradTrace, { x: symbolic })[0];
  it.each<[number | null, number, boolean]>([
    [0, 1e-9, true], // |g − s| equal to the tolerance
    [0, 1.5e-9, false],
    [-1e-9, 0, true],
    [null, 0, true], // no gradient from the graph reads as 0
    [null, 1e-3, false],
    [1e6, 1e6 + 1e-4, true], // relative above 1
    [1e6, 1e6 + 1e-2, false],
    [Infinity, 1, false],
    [1, Infinity, false],
    [1, -Infinity, false],
    [NaN, 1, false],
    [1, NaN, false],
  ])("graph %o against %o agrees: %o", (graph, symbolic, agree) => {
    expect(judge(graph, symbolic)).toStrictEqual({ v: "x", graph, symbolic, agree });
  });

  it("one row per variable of the trace, in its order", () => {
    const t = { vars: ["b", "a"], grads: { a: 1, b: 2 } } as unknown as AutogradTrace;
    expect(crossCheck(t, { a: 1, b: 3 })).toStrictEqual([
      { v: "b", graph: 2, symbolic: 3, agree: false },
      { v: "a", graph: 1, symbolic: 1, agree: true },
    ]);
  });
});
