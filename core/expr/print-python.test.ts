import { describe, it, expect } from "vitest";
import { add, constant, div, fn, mul, neg, num, pow, sub, sym, type Node } from "./node.ts";
import { parse } from "./parser.ts";
import { pythonNumber, toTorch } from "./print-python.ts";

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

// The newer functions inside larger expressions (ops.test.ts has each one alone): an argument used twice, a
// reciprocal's argument bracketed, a reciprocal bracketed as a factor or a base.
describe("toTorch: the newer functions in context", () => {
  it.each([
    ["cbrt(x + 1)", "torch.sign(x + 1)*torch.abs(x + 1)**(1/3)"],
    ["2cbrt(x)", "2*(torch.sign(x)*torch.abs(x)**(1/3))"],
    ["coth(x)^2", "(1/torch.tanh(x))**2"],
    ["acsc(2x)", "torch.asin(1/(2*x))"],
    ["acot(x^2)", "torch.atan(1/x**2)"],
    ["cbrt(x)^2", "(torch.sign(x)*torch.abs(x)**(1/3))**2"],
    ["sech(-x)", "1/torch.cosh(-x)"],
    ["softplus(x - 1)", "torch.nn.functional.softplus(x - 1)"],
  ])("%s → %s", (text, expected) => {
    expect(toTorch(parse(text))).toBe(expected);
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
