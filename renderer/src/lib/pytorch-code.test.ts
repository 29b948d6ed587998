import { beforeAll, describe, it, expect } from "vitest";
import { add, constant, div, fn, mul, neg, num, pow, sub, sym, type Node } from "../../../core/node.ts";
import { pytorchProgram, toTorch, pythonNumber } from "./pytorch-code.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { optimizerConfig } from "./engine.ts";
import { translate } from "./i18n.ts";
import type { OptimizerName } from "./model.ts";
import { parse } from "../../../core/parser.ts";
import { variables } from "../../../core/node.ts";
import { runDescent } from "../../../core/descent.ts";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PYTHON = "/usr/bin/python3";

const x = sym("x");
const y = sym("y");

describe("toTorch", () => {
  it.each<[string, Node, string]>([
    ["the tutorial", sub(pow(x, num(2)), mul(num(4), x)), "x**2 - 4*x"],
    ["unary minus binds looser than **", neg(pow(x, num(2))), "-x**2"],
    ["a negated base keeps its parentheses", pow(neg(x), num(2)), "(-x)**2"],
    ["a negative exponent", pow(x, neg(num(1))), "x**(-1)"],
    ["** is right-associative; a left power keeps parentheses", pow(pow(x, num(2)), num(3)), "(x**2)**3"],
    ["the right operand of - keeps its grouping", sub(x, add(y, num(1))), "x - (y + 1)"],
    ["division of a product", div(x, mul(num(2), y)), "x/(2*y)"],
    ["e^u becomes torch.exp", pow(constant("e"), neg(div(x, num(10)))), "torch.exp(-(x/10))"],
    ["pi from math", mul(constant("pi"), x), "math.pi*x"],
    ["sec is 1/cos", mul(num(2), fn("sec", x)), "2*(1/torch.cos(x))"],
    [
      "functions",
      add(fn("sigmoid", x), fn("relu", fn("log", x))),
      "torch.sigmoid(x) + torch.relu(torch.log(x))",
    ],
    ["a variable named like a Python keyword", mul(sym("lambda"), sym("k")), "lambda_*k_"],
    ["a negative literal", pow(num(-2), x), "(-2)**x"],
  ])("%s", (_, node, expected) => {
    expect(toTorch(node)).toBe(expected);
  });
});

describe("pythonNumber", () => {
  it.each([
    [4, "4"],
    [0.02, "0.02"],
    [1e-7, "1e-7"],
    [-0, "0"],
    [1.5e21, "1.5e+21"],
  ])("%d → %s", (value, expected) => {
    expect(pythonNumber(value)).toBe(expected);
  });
});

describe("pytorchProgram", () => {
  const tutorial = {
    node: sub(pow(x, num(2)), mul(num(4), x)),
    vars: ["x"],
    x0: [10],
    lr: 0.02,
    tol: 1e-3,
    maxIter: 1000,
    params: DEFAULT_PARAMS.sgd,
  };
  it("plain SGD is the tutorial's hand-written loop", () => {
    const text = pytorchProgram({ ...tutorial, optimizer: "sgd" }).map((l) => l.text);
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
    const lines = pytorchProgram({ ...tutorial, optimizer, params: DEFAULT_PARAMS[optimizer] });
    expect(lines.map((l) => l.text)).toContain(line);
    expect(lines.find((l) => l.role === "update")?.text).toBe("    optimizer.step()");
  });
});

// The generated program must run as shown and print the final x our runner finds.
const hasTorch = (() => {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ["-c", "import torch"], { encoding: "utf8" }).status === 0;
})();
if (!hasTorch)
  console.warn(`skipping the PyTorch run: ${PYTHON} cannot import torch (apt-get install python3-torch)`);

const CASES: [string, string, Record<string, number>, OptimizerName, number, number, number][] = [
  ["the tutorial", "x^2 - 4x", { x: 10 }, "sgd", 0.02, 1e-3, 1000],
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

  it.each(CASES.map((c, i) => [c[0], i] as const))("%s", (_, i) => {
    const { vars, ours } = setups[i]!;
    const printed = lines[i]!.trim().split(/\s+/).map(Number);
    vars.forEach((v, j) => {
      expect(printed[j]).toBeCloseTo(ours.argmin[v]!, 9);
    });
    expect(printed[vars.length]).toBeCloseTo(ours.min, 9);
  });
});
