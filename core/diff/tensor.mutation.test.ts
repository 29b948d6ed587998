// The PyTorch-style API surface where `npm run mutation core/diff/tensor.ts` found it loose: what each method
// returns and shares (storage, version counter, shape), each misuse with torch's wording, in-place updates and
// their version counter, the seed of backward(), the graph's nodes and the sweep's broadcast sums.
import { describe, expect, it } from "vitest";
import { spec } from "../expr/ops.ts";
import { AutogradError, GradFn, isGradEnabled, noGrad, tensor, type Tensor } from "./tensor.ts";

const error = (f: () => unknown): string | null => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof AutogradError)) throw e;
    expect(e.name).toBe("AutogradError");
    return e.message;
  }
  return null;
};
const leaf = (v: number | number[]) => tensor(v, { requiresGrad: true });
const state = (t: Tensor) => [t.shape, t.toArray(), t.requiresGrad, t.isLeaf, t.gradFn, t.version.n];

describe("tensors: made, viewed, shown", () => {
  it("tensor() copies its numbers; a scalar has shape [], an array [n]; leaves start without .grad", () => {
    const src = [1, 2, 3];
    const t = tensor(src);
    src[0] = 9;
    expect(state(t)).toStrictEqual([[3], [1, 2, 3], false, true, null, 0]);
    expect([t.size, t.grad]).toStrictEqual([3, null]);
    const f = Float64Array.of(4, 5);
    const u = tensor(f, { requiresGrad: true });
    f[0] = 0;
    expect(state(u)).toStrictEqual([[2], [4, 5], true, true, null, 0]);
    expect(state(tensor(7))).toStrictEqual([[], [7], false, true, null, 0]);
  });

  it("toString writes whole numbers with a point, and the gradFn or requiresGrad", () => {
    const x = leaf(10);
    expect([String(x), String(tensor(-0.5)), String(tensor([3, -1.25])), String(tensor([]))]).toStrictEqual([
      "tensor(10., requiresGrad=true)",
      "tensor(-0.5)",
      "tensor([3., -1.25])",
      "tensor([])",
    ]);
    expect(String(x.mul(x))).toBe("tensor(100., gradFn=<MulBackward0>)");
    expect(String(x.sigmoid())).toBe(`tensor(${1 / (1 + Math.exp(-10))}, gradFn=<SigmoidBackward0>)`);
  });

  it("item() needs exactly one element", () => {
    expect(tensor([2.5]).item()).toBe(2.5);
    expect(error(() => tensor([1, 2]).item())).toBe(
      "a Tensor with 2 elements cannot be converted to a number",
    );
    expect(error(() => tensor([]).item())).toBe("a Tensor with 0 elements cannot be converted to a number");
  });

  it(".data shares the storage with its own version counter; detach shares both; neither requires grad", () => {
    const x = leaf([1, 2]);
    x.version.n = 3;
    const d = x.data;
    const c = x.detach();
    expect([d.storage, c.storage]).toStrictEqual([x.storage, x.storage]);
    expect(d.storage === x.storage && c.storage === x.storage).toBe(true);
    expect(state(d)).toStrictEqual([[2], [1, 2], false, true, null, 0]);
    expect(c.version).toBe(x.version);
    expect(state(c)).toStrictEqual([[2], [1, 2], false, true, null, 3]);
    const y = x.mul(2);
    expect(state(y.detach())).toStrictEqual([[2], [2, 4], false, true, null, 0]);
  });

  it("assigning .data replaces the numbers (a scalar fills them) without a version bump", () => {
    const x = leaf([1, 2, 3]);
    x.data = tensor([4, 5, 6]);
    expect(state(x)).toStrictEqual([[3], [4, 5, 6], true, true, null, 0]);
    x.data = 0.5;
    expect(x.toArray()).toStrictEqual([0.5, 0.5, 0.5]);
    x.data = tensor([7]);
    expect(x.toArray()).toStrictEqual([7, 7, 7]);
    expect(error(() => (x.data = tensor([1, 2])))).toBe("cannot assign 2 elements to a tensor of 3");
  });

  it("requiresGrad_ switches a leaf (on by default) and refuses a result", () => {
    const t = tensor(1);
    expect(t.requiresGrad_()).toBe(t);
    expect(t.requiresGrad).toBe(true);
    t.requiresGrad_(false);
    expect(t.requiresGrad).toBe(false);
    expect(error(() => leaf(1).mul(2).requiresGrad_(false))).toBe(
      "You can only change requiresGrad of leaf tensors; use .detach() for the others.",
    );
  });
});

describe("operations", () => {
  it("every method is its row of the op table, elementwise", () => {
    const a = [0.5, 1.5];
    const t = tensor(a);
    const unary: [Tensor, string][] = [
      [t.neg(), "neg"],
      [t.exp(), "exp"],
      [t.log(), "log"],
      [t.sin(), "sin"],
      [t.cos(), "cos"],
      [t.tan(), "tan"],
      [t.tanh(), "tanh"],
      [t.sigmoid(), "sigmoid"],
      [t.relu(), "relu"],
      [t.sqrt(), "sqrt"],
      [t.abs(), "abs"],
      [t.apply("asinh" as never), "asinh"],
    ];
    for (const [r, op] of unary)
      expect(r.toArray(), op).toStrictEqual(a.map((v) => spec(op as never).value(v, 0)));
    const binary: [Tensor, string][] = [
      [t.add(2), "add"],
      [t.sub(2), "sub"],
      [t.mul(2), "mul"],
      [t.div(2), "div"],
      [t.pow(2), "pow"],
      [t.apply("pow", 3), "pow3"],
    ];
    for (const [r, op] of binary)
      expect(r.toArray(), op).toStrictEqual(
        a.map((v) => spec(op === "pow3" ? "pow" : (op as never)).value(v, op === "pow3" ? 3 : 2)),
      );
  });

  it("apply checks the number of operands", () => {
    expect(error(() => tensor(1).apply("add"))).toBe("add takes two operands");
    expect(error(() => tensor(1).apply("sin", 2))).toBe("sin takes one operand");
    expect(error(() => tensor(1).apply("sin"))).toBeNull();
  });

  it("a scalar broadcasts against an array on either side; other sizes must match", () => {
    expect(state(tensor(10).sub(tensor([1, 2])))).toStrictEqual([[2], [9, 8], false, true, null, 0]);
    expect(state(tensor([1, 2]).sub(10))).toStrictEqual([[2], [-9, -8], false, true, null, 0]);
    expect(state(tensor([1, 2]).sub(tensor([3, 5])))).toStrictEqual([[2], [-2, -3], false, true, null, 0]);
    expect(state(tensor(1).add(tensor([5])))).toStrictEqual([[1], [6], false, true, null, 0]);
    expect(state(tensor([5]).add(tensor(1)))).toStrictEqual([[1], [6], false, true, null, 0]);
    expect(state(tensor([5]).add(tensor([1, 2])))).toStrictEqual([[2], [6, 7], false, true, null, 0]);
    expect(error(() => tensor([1, 2]).add(tensor([1, 2, 3])))).toBe("the sizes 2 and 3 do not match");
  });

  it("sum adds every element into a scalar whose backward fills the input's gradient", () => {
    const x = leaf([1, 2, 4]);
    const s = x.sum();
    expect(state(s).slice(0, 3)).toStrictEqual([[], [7], true]);
    expect(s.gradFn!.name).toBe("SumBackward0");
    s.backward();
    expect(x.grad!.toArray()).toStrictEqual([1, 1, 1]);
    expect(tensor([]).sum().item()).toBe(0);
  });

  it("a graph node is recorded only when grad mode is on and some input requires grad", () => {
    const x = leaf(2);
    const c = tensor(3);
    expect(c.mul(c).gradFn).toBeNull();
    expect(c.mul(c).requiresGrad).toBe(false);
    const y = c.mul(x);
    expect(y.gradFn!.inputs.map((t) => t.requiresGrad)).toStrictEqual([false, true]);
    expect([y.requiresGrad, y.isLeaf]).toStrictEqual([true, false]);
    expect(noGrad(() => x.mul(x)).gradFn).toBeNull();
  });
});

describe("noGrad", () => {
  it("turns grad mode off inside, back on after, also when f throws, and nests", () => {
    expect(isGradEnabled()).toBe(true);
    expect(noGrad(() => [isGradEnabled(), noGrad(isGradEnabled), isGradEnabled()])).toStrictEqual([
      false,
      false,
      false,
    ]);
    expect(isGradEnabled()).toBe(true);
    expect(() =>
      noGrad(() => {
        throw new Error("inside");
      }),
    ).toThrow("inside");
    expect(isGradEnabled()).toBe(true);
  });
});

describe("in-place updates", () => {
  it("sub_, add_, mul_, zero_, copy_ change the storage, bump the version once, and return the tensor", () => {
    const t = tensor([1, 2]);
    const steps: [() => Tensor, number[]][] = [
      [() => t.sub_(0.5), [0.5, 1.5]],
      [() => t.add_(tensor([1, 2])), [1.5, 3.5]],
      [() => t.mul_(2), [3, 7]],
      [() => t.copy_(tensor([4, -4])), [4, -4]],
      [() => t.copy_(9), [9, 9]],
      [() => t.zero_(), [0, 0]],
    ];
    steps.forEach(([f, after], i) => {
      expect(f()).toBe(t);
      expect([t.toArray(), t.version.n]).toStrictEqual([after, i + 1]);
    });
    expect(error(() => t.add_(tensor([1, 2, 3])))).toBe("cannot combine 2 elements with 3 in place");
    expect(t.version.n).toBe(steps.length);
  });

  it("refused on a leaf that requires grad while grad mode is on; allowed on results and plain tensors", () => {
    const x = leaf([1, 2]);
    expect(error(() => x.mul_(2))).toBe(
      "a leaf tensor that requires grad is being used in an in-place operation: update it inside noGrad(() => …) or through .data",
    );
    expect(x.version.n).toBe(0);
    const y = x.mul(1);
    expect(y.add_(1).toArray()).toStrictEqual([2, 3]);
    expect(tensor(1).add_(1).item()).toBe(2);
  });

  it("zeroGrad zeroes .grad in place, and does nothing before the first backward", () => {
    const x = leaf(3);
    x.zeroGrad();
    expect(x.grad).toBeNull();
    x.mul(x).backward();
    const g = x.grad!;
    x.zeroGrad();
    expect(x.grad).toBe(g);
    expect(g.item()).toBe(0);
  });
});

describe("backward", () => {
  it("a given gradient seeds each element (copied), and must have the tensor's size", () => {
    const x = leaf([1, 2]);
    const y = x.mul(x);
    const seed = tensor([10, -1]);
    y.backward({ gradient: seed, retainGraph: true });
    expect(x.grad!.toArray()).toStrictEqual([2 * 1 * 10, 2 * 2 * -1]);
    expect(seed.toArray()).toStrictEqual([10, -1]);
    expect(error(() => y.backward({ gradient: tensor([1]) }))).toBe(
      "gradient has 1 elements but the tensor has 2",
    );
    expect(error(() => y.backward())).toBe("grad can be implicitly created only for scalar outputs");
    expect(error(() => tensor(1).backward())).toBe(
      "element 0 of tensors does not require grad and does not have a gradFn",
    );
  });

  it("the first backward sets .grad (a fresh tensor of the leaf's shape), the next adds to it", () => {
    const x = leaf([1, 3]);
    const s = x.mul(x).sum();
    s.backward({ retainGraph: true });
    const g = x.grad!;
    expect(state(g)).toStrictEqual([[2], [2, 6], false, true, null, 0]);
    s.backward();
    expect(x.grad).toBe(g);
    expect(g.toArray()).toStrictEqual([4, 12]);
  });

  it("a scalar broadcast against an array collects the sum of its gradients, on either side", () => {
    const w = leaf(2);
    const xs = leaf([1, 2, 3]);
    xs.sub(w).mul(w).sum().backward();
    // d/dw Σ (x − w)·w = Σ (x − 2w); d/dx = w
    expect(w.grad!.toArray()).toStrictEqual([1 - 4 + (2 - 4) + (3 - 4)]);
    expect(xs.grad!.toArray()).toStrictEqual([2, 2, 2]);
    // The scalar first: w·xs and xs·w give the same gradients.
    const v = leaf(2);
    const ys = leaf([1, 2, 3]);
    v.mul(ys).add(ys.mul(v)).sum().backward();
    expect([v.grad!.toArray(), ys.grad!.toArray()]).toStrictEqual([[12], [4, 4, 4]]);
  });

  it("the observer sees each node once, in reverse topological order, with what it passed on", () => {
    const x = leaf(0.5);
    const s = x.sin();
    const f = s.mul(s);
    const seen: [string, number[], number[][]][] = [];
    f.backward({
      observe: (node, gOut, gIn) => seen.push([node.name, Array.from(gOut), gIn.map((g) => Array.from(g))]),
    });
    const sin = Math.sin(0.5);
    expect(seen).toStrictEqual([
      ["MulBackward0", [1], [[sin], [sin]]],
      ["SinBackward0", [2 * sin], [[2 * sin * Math.cos(0.5)]]],
    ]);
    expect(x.grad!.item()).toBe(2 * sin * Math.cos(0.5));
  });

  it("a node whose result feeds no gradient (a constant branch) is skipped", () => {
    const x = leaf(2);
    const c = tensor(5).mul(3);
    const f = x.mul(c).add(c);
    const names: string[] = [];
    f.backward({ observe: (node) => names.push(node.name) });
    expect(names).toStrictEqual(["AddBackward0", "MulBackward0"]);
    expect(c.grad).toBeNull();
    expect(x.grad!.item()).toBe(15);
  });
});

describe("GradFn", () => {
  it("names itself as torch does, saves what its row says, and frees after a backward without retainGraph", () => {
    const x = leaf(1.5);
    expect(
      ["add", "sub", "mul", "exp", "sigmoid", "relu"].map((op) => {
        const y = x.apply(op as never, spec(op as never).arity === 2 ? 2 : undefined);
        return [y.gradFn!.name, y.gradFn!.saved.length];
      }),
    ).toStrictEqual([
      ["AddBackward0", spec("add").saves === "nothing" ? 0 : 2],
      ["SubBackward0", spec("sub").saves === "nothing" ? 0 : 2],
      ["MulBackward0", 2],
      ["ExpBackward0", 1],
      ["SigmoidBackward0", 1],
      ["ReluBackward0", 1],
    ]);
    const y = x.mul(x);
    expect(y.gradFn!.freed).toBe(false);
    y.backward({ retainGraph: true });
    expect(y.gradFn!.freed).toBe(false);
    y.backward();
    expect(y.gradFn!.freed).toBe(true);
    expect(error(() => y.backward())).toBe(
      "Trying to backward through the graph a second time (or directly access saved tensors after they have " +
        "already been freed). Saved intermediate values of the graph are freed when you call .backward(). " +
        "Specify retainGraph: true if you need to backward through the graph a second time.",
    );
  });

  it("the in-place error names the node and both versions", () => {
    const x = leaf(1);
    const y = x.mul(x);
    noGrad(() => x.add_(1).add_(1));
    expect(error(() => y.backward())).toBe(
      "One of the tensors needed for gradient computation has been modified by an inplace operation: " +
        "MulBackward0 saved it at version 0, it is now at version 2. " +
        "Change values outside the graph through .data (x.data.sub_(…)) or build the graph again.",
    );
    expect(y.gradFn).toBeInstanceOf(GradFn);
  });
});
