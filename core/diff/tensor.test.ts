// The PyTorch-style autograd: the tutorial's snippets ported line by line (numbers from
// core/fixtures/tutorial.json), gradients against torch's on the expression fixtures, and torch's semantics.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { valueAndGrad } from "./autodiff.ts";
import { attempt } from "../expr/errors.ts";
import { topoOrder, type Node } from "../expr/node.ts";
import { OP_LIST, spec } from "../expr/ops.ts";
import { parse } from "../expr/parser.ts";
import { AutogradError, noGrad, tensor, type Tensor } from "./tensor.ts";
import { toleranceBoundary } from "../test-support/tolerance.ts";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));
const tutorial = fixture("tutorial");

describe("the tutorial, line by line", () => {
  it("x = torch.tensor(10., requires_grad=True); cost = torch.sum(x*x - 4*x); cost.backward() → x.grad = 16", () => {
    const x = tensor(tutorial.x0, { requiresGrad: true });
    const cost = x.mul(x).sub(x.mul(4)).sum();
    expect(x.grad).toBeNull();
    cost.backward();
    expect(cost.item()).toBe(tutorial.firstGrad.value);
    expect(x.grad!.item()).toBe(tutorial.firstGrad.grad);
  });

  it("the 1000-step loop with the cost built once ends at x = 2.0000", () => {
    const alpha = tutorial.lr;
    const x = tensor(tutorial.x0, { requiresGrad: true });
    const cost = x.mul(x).sub(x.mul(4)).sum();
    for (let i = 0; i < tutorial.fixedLoop.steps; i++) {
      cost.backward({ retainGraph: true });
      x.data.sub_(x.grad!.mul(alpha)); // x.data.sub_(alpha * x.grad)
      x.grad!.data.zero_(); // x.grad.data.zero_()
    }
    expect(x.item()).toBeCloseTo(tutorial.fixedLoop.x, 12);
    expect(x.item().toFixed(4)).toBe("2.0000");
  });

  it("the same loop rebuilding the graph, updating under noGrad (today's torch idiom)", () => {
    const x = tensor(tutorial.x0, { requiresGrad: true });
    for (let i = 0; i < tutorial.fixedLoop.steps; i++) {
      const y = x.pow(2).sub(x.mul(4));
      y.backward();
      noGrad(() => x.sub_(x.grad!.mul(tutorial.lr)));
      x.zeroGrad();
    }
    expect(x.item()).toBeCloseTo(tutorial.fixedLoop.x, 12);
  });
});

// The tutorial's stop-on-tolerance loop in the torch API, at the boundary: tol is the |Δf| of update 106 of
// PyTorch's run (computed from tutorial.json, not typed). Our tensors must produce that very Δf, so the loop stops
// after update 106 exactly as torch's and runDescent's do; one bit less of tol must carry it to update 107.
describe("the tutorial's loop with `if abs(new_cost.item() - cost.item()) <= tol: break`, at the boundary", () => {
  const { k, change, below } = toleranceBoundary(tutorial.untilTolerance);
  const loop = (tol: number) => {
    const x = tensor(tutorial.x0, { requiresGrad: true });
    let cost = x.pow(2).sub(x.mul(4));
    for (let i = 0; i < 1000; i++) {
      cost.backward();
      noGrad(() => x.sub_(x.grad!.mul(tutorial.lr)));
      x.zeroGrad();
      const newCost = x.pow(2).sub(x.mul(4));
      if (Math.abs(newCost.item() - cost.item()) <= tol) return { updates: i + 1, x: x.item() };
      cost = newCost;
    }
    return { updates: 1000, x: x.item() };
  };
  it("tol = that |Δf| stops after update 106, at PyTorch's x", () => {
    expect(loop(change)).toEqual({ updates: k, x: tutorial.untilTolerance.x });
  });
  it("one bit less goes on to update 107", () => expect(loop(below).updates).toBe(k + 1));
});

/** An expression as tensor operations, leaves in `vars` order. */
function build(node: Node, leaves: Map<string, Tensor>): Tensor {
  const value = new Map<Node, Tensor>();
  for (const n of topoOrder(node)) {
    if (n.kind === "num") value.set(n, tensor(n.value));
    else if (n.kind === "const") value.set(n, tensor(n.name === "pi" ? Math.PI : Math.E));
    else if (n.kind === "sym") value.set(n, leaves.get(n.name)!);
    else {
      const [a, b] = n.args.map((arg) => value.get(arg)!);
      value.set(n, a!.apply(n.op, b));
    }
  }
  return value.get(node)!;
}

describe("gradients equal torch's on the expression fixtures (1e-9 relative)", () => {
  const cases = fixture("expressions").cases as {
    expr: string;
    vars: string[];
    points: { at: Record<string, number>; value: number; grad: Record<string, number> }[];
  }[];
  // This layer is checked where the parser and the interpreter already agree with torch (their own tests cover
  // the rest), so a parser change cannot masquerade as an autograd bug.
  const near = (a: number, e: number) => Math.abs(a - e) <= 1e-9 * Math.abs(e) + 1e-12;
  const agreed = (c: (typeof cases)[number]) => {
    const node = attempt(() => parse(c.expr));
    if (!node.ok) return [];
    return c.points.filter((p) => {
      const r = attempt(() => valueAndGrad(node.value, p.at));
      return r.ok && near(r.value.value, p.value);
    });
  };
  it("covers most of the fixtures", () => {
    expect(cases.filter((c) => agreed(c).length > 0).length).toBeGreaterThan(0.9 * cases.length);
  });
  it.each(cases)("$expr", (c) => {
    const points = agreed(c);
    if (points.length === 0) return;
    const node = parse(c.expr);
    for (const p of points) {
      const leaves = new Map(c.vars.map((v) => [v, tensor(p.at[v]!, { requiresGrad: true })]));
      const f = build(node, leaves);
      if (!f.requiresGrad) continue; // a constant expression
      f.backward();
      expect(near(f.item(), p.value), `f at ${JSON.stringify(p.at)}`).toBe(true);
      for (const v of c.vars) {
        const g = leaves.get(v)!.grad?.item() ?? 0; // a variable that cancels out gets no gradient
        expect(near(g, p.grad[v]!), `∂/∂${v} at ${JSON.stringify(p.at)}: ${g} vs ${p.grad[v]}`).toBe(true);
      }
    }
  });
});

describe("torch's semantics", () => {
  const x0 = () => tensor(1, { requiresGrad: true });

  it("gradients accumulate across backward() calls until zeroed", () => {
    const x = x0();
    const y = x.mul(x);
    y.backward({ retainGraph: true });
    y.backward({ retainGraph: true });
    expect(x.grad!.item()).toBe(2 * 2 * x.item());
    x.grad!.zero_();
    y.backward();
    expect(x.grad!.item()).toBe(2 * x.item());
  });

  it("a second backward through freed saved tensors is an error that says to retain the graph", () => {
    const x = x0();
    const y = x.mul(x).sum();
    y.backward();
    expect(() => y.backward()).toThrow(AutogradError);
    expect(() => y.backward()).toThrow(/backward through the graph a second time.*retainGraph: true/s);
  });

  it("a graph that saved nothing (x + 1) can be run twice, as in torch", () => {
    const x = x0();
    const y = x.add(1);
    y.backward();
    y.backward();
    expect(x.grad!.item()).toBe(2);
  });

  it.each(OP_LIST.map((s) => [s.op, s.saves] as const))(
    "%s keeps what its row says torch saves (%s): only then is a second backward an error",
    (op, saves) => {
      const x = tensor(1.5, { requiresGrad: true });
      const y = spec(op).arity === 2 ? x.apply(op, 1.25) : x.apply(op);
      y.backward();
      if (saves === "nothing") expect(() => y.backward()).not.toThrow();
      else expect(() => y.backward()).toThrow(/second time/);
    },
  );

  it("backward on a non-scalar, or on a tensor that does not require grad, is an error", () => {
    expect(() => tensor([1, 2], { requiresGrad: true }).mul(2).backward()).toThrow(/only for scalar outputs/);
    expect(() => tensor(1).backward()).toThrow(/does not require grad/);
  });

  it("backward on a leaf gives 1", () => {
    const x = x0();
    x.backward();
    expect(x.grad!.item()).toBe(1);
  });

  it("the retained graph reads saved inputs as they are now: mul sees the new x, exp keeps its old result", () => {
    const x = x0();
    const y = x.mul(x);
    y.backward({ retainGraph: true });
    x.data = 3;
    y.backward();
    expect(x.grad!.item()).toBe(2 * 1 + 2 * 3);

    const z = tensor(1, { requiresGrad: true });
    const e = z.exp();
    e.backward({ retainGraph: true });
    z.data.copy_(0);
    e.backward();
    expect(z.grad!.item()).toBe(2 * Math.exp(1));
  });

  it("in-place changes of a saved tensor outside .data are caught at backward", () => {
    const x = x0();
    const y = x.mul(x);
    y.backward({ retainGraph: true });
    noGrad(() => x.sub_(0.1));
    expect(() => y.backward()).toThrow(/modified by an inplace operation/);
  });

  it("in-place updates of a leaf that requires grad need noGrad or .data", () => {
    const x = x0();
    expect(() => x.sub_(1)).toThrow(/in-place operation/);
    noGrad(() => x.sub_(1));
    x.data.sub_(1);
    expect(x.item()).toBe(-1);
  });

  it("results made under noGrad build no graph", () => {
    const x = x0();
    const y = noGrad(() => x.mul(2));
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
    expect(x.mul(2).gradFn!.name).toBe("MulBackward0");
  });

  it("a scalar combines with a 1-D tensor elementwise; its gradient is the sum", () => {
    const w = tensor(2, { requiresGrad: true });
    const xs = tensor([1, 2, 3]);
    const loss = xs.mul(w).sub(1).pow(2).sum();
    loss.backward();
    const expected = xs.toArray().reduce((s, xi) => s + 2 * (xi * w.item() - 1) * xi, 0);
    expect(w.grad!.item()).toBe(expected);
    expect(String(tensor([1, 2.5]))).toBe("tensor([1., 2.5])");
  });
});
