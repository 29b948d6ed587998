// definedEverywhere, as a table: what is defined at every real point, and what may leave its domain.
import { describe, expect, it } from "vitest";
import { parse } from "./parser.ts";
import { definedEverywhere } from "./defined-everywhere.ts";

describe("definedEverywhere", () => {
  it.each([
    ["(x - 2y)^4 + x", true],
    ["x^2 - 4x", true],
    ["sin(x)*e^(-x/10) + 0.1x^2", true],
    ["exp(x) + 2^y + pi^x", true],
    ["abs(x) + relu(y) + sigmoid(x y) + softplus(x) + sign(y)", true],
    ["atan(x) + sinh(x) + cosh(y) + tanh(x) + asinh(y) + sech(x) + cbrt(x) + exp2(y)", true],
    ["x/2 - y/0.5", true],
    ["-(x^3) * cos(y)", true],
    ["sin(x)^2 + sin(x)", true],
    ["1/x", false],
    ["x/y", false],
    ["x/0", false],
    ["x^-1", false],
    ["x^0.5", false],
    ["x^y", false],
    ["(-2)^x", false],
    ["0^x", false],
    ["log(x) + y", false],
    ["sqrt(x^2 + 1)", false],
    ["tan(x)", false],
    ["asin(x/(1 + x^2))", false],
    ["exp(log(x))", false],
    ["sec(x) + y", false],
    ["2^(1/x)", false],
  ])("%s: %s", (text, expected) => expect(definedEverywhere(parse(text))).toBe(expected));
});
