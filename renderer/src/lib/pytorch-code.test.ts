import { beforeAll, describe, it, expect } from "vitest";
import { apply, mul, num, pow, sub, sym } from "../../../core/expr/node.ts";
import { OP_LIST } from "../../../core/expr/ops.ts";
import { valueAndGrad } from "../../../core/diff/autodiff.ts";
import { DescentError } from "../../../core/expr/errors.ts";
import { toTorch } from "../../../core/expr/print-python.ts";
import { pytorchProgram } from "./pytorch-code.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { optimizerConfig } from "./engine.ts";
import { translate } from "./i18n.ts";
import type { OptimizerName } from "./model.ts";
import { parse } from "../../../core/expr/parser.ts";
import { variables } from "../../../core/expr/node.ts";
import { runDescent } from "../../../core/methods/descent.ts";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PYTHON, oracleAvailable } from "../../../scripts/oracle/python.ts";

const x = sym("x");
const y = sym("y");

/** The tutorial's run: f = x^2 - 4x from x = 10, lr 0.02, tol 1e-3, 1000 steps. */
const tutorialRun = {
  node: sub(pow(x, num(2)), mul(num(4), x)),
  vars: ["x"],
  x0: [10],
  lr: 0.02,
  tol: 1e-3,
  maxIter: 1000,
  params: DEFAULT_PARAMS.sgd,
};

describe("pytorchProgram", () => {
  it("plain SGD is the tutorial's hand-written loop", () => {
    const text = pytorchProgram({ ...tutorialRun, optimizer: "sgd" }).map((l) => l.text);
    expect(text).toContain("x = torch.tensor(10, dtype=torch.float64, requires_grad=True)");
    expect(text).toContain("    cost.backward()");
    expect(text).toContain("    x.data.sub_(alpha * x.grad)");
    expect(text).toContain("    x.grad.data.zero_()");
  });
  it.each([
    ["momentum", "optimizer = torch.optim.SGD([x], lr=0.02, momentum=0.9)"],
    ["nesterov", "optimizer = torch.optim.SGD([x], lr=0.02, momentum=0.9, nesterov=True)"],
    ["rmsprop", "optimizer = torch.optim.RMSprop([x], lr=0.02)"],
    ["adagrad", "optimizer = torch.optim.Adagrad([x], lr=0.02)"],
    ["adam", "optimizer = torch.optim.Adam([x], lr=0.02)"],
  ] as const)("%s uses torch.optim", (optimizer, line) => {
    const lines = pytorchProgram({ ...tutorialRun, optimizer, params: DEFAULT_PARAMS[optimizer] });
    expect(lines.map((l) => l.text)).toContain(line);
    expect(lines.find((l) => l.role === "update")?.text).toBe("    optimizer.step()");
  });
});

// The generated program must run as shown and print the final x our runner finds. Skipped locally without
// torch; with CI set, missing torch fails the file instead.
const hasTorch = oracleAvailable(["torch"], "the PyTorch run of the generated programs");

// The stopping line `if abs(new_cost.item() - cost.item()) <= tol` at its boundary: tol is the |Δf| of the
// tutorial's update 106 in PyTorch's run (tutorial.json), so the program must stop there, as our runner does (a `<`
// would run one more update and print another x).
const tutorial = JSON.parse(
  readFileSync(new URL("../../../core/fixtures/tutorial.json", import.meta.url), "utf8"),
) as { untilTolerance: { iterations: number; trajectory: { f: number }[] } };
const BOUNDARY = (() => {
  const { iterations: k, trajectory: t } = tutorial.untilTolerance;
  return Math.abs(t[k]!.f - t[k - 1]!.f);
})();

const CASES: [string, string, Record<string, number>, OptimizerName, number, number, number][] = [
  ["the tutorial", "x^2 - 4x", { x: 10 }, "sgd", 0.02, 1e-3, 1000],
  ["the tutorial with tol = |Δf| of its update 106", "x^2 - 4x", { x: 10 }, "sgd", 0.02, BOUNDARY, 1000],
  ["momentum on a double well", "x^4 - 2x^2", { x: 2 }, "momentum", 0.01, 1e-8, 1000],
  ["Nesterov on a wavy function", "sin(x)*e^(-x/10) + 0.1x^2", { x: 6 }, "nesterov", 0.05, 1e-9, 500],
  ["Adam on Booth", "(x + 2y - 7)^2 + (2x + y - 5)^2", { x: 0, y: 0 }, "adam", 0.1, 1e-10, 400],
  ["RMSprop on Himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", { x: 0, y: 0 }, "rmsprop", 0.01, 1e-9, 300],
  [
    "Adagrad with sec, log and sqrt",
    "sec(x/4) + log(1 + x^2) + sqrt(x^2 + 1)",
    { x: 2 },
    "adagrad",
    0.3,
    1e-12,
    300,
  ],
  [
    "momentum with softplus, cbrt and log2",
    "softplus(x - 1) + softplus(1 - x) + 0.1cbrt(x)^2 + log2(1 + x^2)/4",
    { x: -3 },
    "momentum",
    0.05,
    1e-12,
    500,
  ],
  [
    "Adam with the inverse and reciprocal hyperbolic functions",
    "asinh(x - 1)^2 + acosh(1.5 + y^2) + sech(x - y) + atanh(y/4)^2 + coth(2 + x^2) + exp2(-x) + log10(3 + y)",
    { x: 0.5, y: 0.5 },
    "adam",
    0.05,
    1e-12,
    400,
  ],
  [
    "RMSprop with asec, acsc and acot",
    "asec(2 + x^2) + acsc(x^2 + 1.5)^2 + acot(x + 3) + 0.05x^2",
    { x: 1 },
    "rmsprop",
    0.02,
    1e-12,
    400,
  ],
];

describe.skipIf(!hasTorch)("the generated program, run by PyTorch", () => {
  // The first program carries Thai comments, as the UI writes them in Thai.
  const thai = {
    precision: translate("th", "code.commentPrecision"),
    stop: translate("th", "code.commentStop"),
  };
  const setups = CASES.map(([, text, x0, optimizer, lr, tol, maxIter], i) => {
    const node = parse(text);
    const vars = variables(node);
    const params = DEFAULT_PARAMS[optimizer];
    const ours = runDescent(node, { x0, optimizer: optimizerConfig(optimizer, lr, params), tol, maxIter });
    const program = pytorchProgram({
      node,
      vars,
      x0: vars.map((v) => x0[v]!),
      optimizer,
      lr,
      params,
      tol,
      maxIter,
      comments: i === 0 ? thai : undefined,
    })
      .map((l) => l.text)
      .join("\n");
    return { vars, ours, program };
  });
  // One Python process runs every program as it is shown, each in a fresh namespace (torch imports once).
  let lines: string[] = [];
  beforeAll(() => {
    const runner =
      "import json, sys\nfor src in json.load(sys.stdin):\n    exec(compile(src, 'descent.py', 'exec'), {})\n";
    const out = spawnSync(PYTHON, ["-c", runner], {
      input: JSON.stringify(setups.map((s) => s.program)),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out.stderr).toBe("");
    lines = out.stdout.trim().split("\n");
  });

  it("the boundary case stops after update 106 in our runner too", () => {
    expect(setups[1]!.ours.iterations).toBe(tutorial.untilTolerance.iterations);
  });

  it.each(CASES.map((c, i) => [c[0], i] as const))("%s", (_, i) => {
    const { vars, ours } = setups[i]!;
    const printed = lines[i]!.trim().split(/\s+/).map(Number);
    vars.forEach((v, j) => {
      expect(printed[j]).toBeCloseTo(ours.argmin[v]!, 9);
    });
    expect(printed[vars.length]).toBeCloseTo(ours.min, 9);
  });
});

// Every row of the operation table, written as the generated programs write it, run by torch at points on both
// sides of 0: the value and the gradient from autograd equal ours wherever ours is defined, and where ours is a
// domain error torch gives inf or nan. A row whose spelling torch does not know fails here.
const POINTS = [-2.5, -0.75, 0.5, 1.5, 3];
const Y = 0.75;
const rows = OP_LIST.map((s) => {
  const node = apply(s.op, s.arity === 2 ? [x, y] : [x]);
  return { op: s.op, node, expr: toTorch(node) };
});

describe.skipIf(!hasTorch)("every operation, as PyTorch writes it", () => {
  let results: number[][][] = [];
  beforeAll(() => {
    const runner = [
      "import json, math, sys, torch",
      "for expr, points, y0 in json.load(sys.stdin):",
      "    out = []",
      "    for x0 in points:",
      "        x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)",
      "        y = torch.tensor(y0, dtype=torch.float64, requires_grad=True)",
      "        r = eval(expr)",
      "        r.backward()",
      "        out.append([repr(r.item()), repr(x.grad.item()), repr(y.grad.item() if y.grad is not None else 0.0)])",
      "    print(json.dumps(out))",
    ].join("\n");
    const out = spawnSync(PYTHON, ["-c", runner], {
      input: JSON.stringify(rows.map((r) => [r.expr, POINTS, Y])),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out.stderr).toBe("");
    results = out.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as string[][]).map((p) => p.map(Number)));
  });

  const near = (a: number, e: number) => Math.abs(a - e) <= 1e-12 * Math.abs(e) + 1e-14;
  it.each(rows.map((r, i) => [r.op, r.expr, i] as const))("%s: %s", (op, _expr, i) => {
    const { node } = rows[i]!;
    POINTS.forEach((a, k) => {
      const [value, gx, gy] = results[i]![k]!;
      let ours: ReturnType<typeof valueAndGrad>;
      try {
        ours = valueAndGrad(node, { x: a, y: Y });
      } catch (e) {
        expect(e).toBeInstanceOf(DescentError);
        expect([value, gx, gy].every(Number.isFinite), `${op} at ${a}: torch is finite`).toBe(false);
        return;
      }
      expect(near(ours.value, value!), `${op}(${a}) = ${ours.value}, torch ${value}`).toBe(true);
      expect(near(ours.grad["x"]!, gx!), `d${op}/dx at ${a}: ${ours.grad["x"]}, torch ${gx}`).toBe(true);
      expect(near(ours.grad["y"] ?? 0, gy!), `d${op}/dy at ${a}: ${ours.grad["y"]}, torch ${gy}`).toBe(true);
    });
  });
});

describe("pytorchProgram with forgetZeroGrad (issue 10)", () => {
  it.each([
    ["sgd", DEFAULT_PARAMS.sgd, "    x.grad.data.zero_()"],
    ["momentum", DEFAULT_PARAMS.momentum, "    optimizer.zero_grad()"],
  ] as const)("%s drops its zeroing line and keeps the rest", (optimizer, params, zeroing) => {
    const kept = pytorchProgram({ ...tutorialRun, optimizer, params }).map((l) => l.text);
    const forgot = pytorchProgram({ ...tutorialRun, optimizer, params, forgetZeroGrad: true }).map(
      (l) => l.text,
    );
    expect(kept).toContain(zeroing);
    expect(forgot).toEqual(kept.filter((l) => l !== zeroing));
  });
  it("marks the line that builds the graph and the line that runs backward", () => {
    const lines = pytorchProgram({ ...tutorialRun, optimizer: "sgd", params: DEFAULT_PARAMS.sgd });
    expect(lines.find((l) => l.role === "forward")?.text).toBe("cost = x**2 - 4*x");
    expect(lines.find((l) => l.role === "backward")?.text).toBe("    cost.backward()");
  });
});
