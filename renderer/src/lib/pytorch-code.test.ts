import { describe, it, expect } from "vitest";
import { add, constant, div, fn, mul, neg, num, pow, sub, sym, type Node } from "../../../core/node.ts";
import { pytorchProgram, toTorch, pythonNumber } from "./pytorch-code.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";

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
