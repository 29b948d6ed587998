import { describe, expect, it } from "vitest";
import { compile, evaluate, valueAndGrad } from "./autodiff.ts";
import { DescentError } from "../expr/errors.ts";
import { domainError } from "../test-support/errors.ts";
import { variables } from "../expr/node.ts";
import { parse, parseWithSpans } from "../expr/parser.ts";

/** Central difference of the interpreter's value: an independent check of the reverse sweep. */
function centralDiff(expr: string, at: Record<string, number>, v: string): number {
  const node = parse(expr);
  const h = 1e-6 * Math.max(1, Math.abs(at[v]!));
  const f = (d: number) => evaluate(node, { ...at, [v]: at[v]! + d });
  return (f(h) - f(-h)) / (2 * h);
}

const near = (a: number, b: number, tol = 1e-6) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(a), Math.abs(b)));

// expression, point: value and gradient are checked against central differences and the compiled tape
const gradCases: [string, Record<string, number>][] = [
  ["x^2 - 4x", { x: 10 }],
  ["sin(x)*exp(-x^2/10) + 0.1x^2", { x: 1.3 }],
  ["(1-x)^2 + 100(y-x^2)^2", { x: -1.2, y: 1 }],
  ["x*x*x + x", { x: 0.7 }],
  ["x^x", { x: 1.5 }],
  ["2^x + x^3 + e^x", { x: 0.3 }],
  ["tan(x) + sec(x) + csc(x) + cot(x)", { x: 0.9 }],
  ["asin(x) + acos(x/2) + atan(3x)", { x: 0.4 }],
  ["sinh(x) cosh(y) tanh(x y)", { x: 0.5, y: -0.8 }],
  ["log(x) + ln(y) + sqrt(x y)", { x: 2.5, y: 0.4 }],
  ["abs(x - 1) + sign(x) + relu(x - 0.2) + sigmoid(3x)", { x: 0.7 }],
  ["abs(x - 1) + relu(-x)", { x: 1.7 }],
  ["x/y - y/x + 1/(x y)", { x: 1.1, y: -2.3 }],
  ["(x^2 + 1)/(x - 3)", { x: 1 }],
  ["-x^2 - -x", { x: 3 }],
  ["sigmoid(w_1 x + b)", { x: 0.5, w_1: -2, b: 0.1 }],
  // Prototype keys a name can still spell (several letters without an underscore are a product: parser.ts).
  [
    "theta^2 + __proto__ * __defineGetter__",
    JSON.parse('{"theta": 2, "__proto__": 3, "__defineGetter__": 4}'),
  ],
  [Array.from({ length: 20 }, (_, k) => `sin(${k + 1}x)/${k + 1}`).join(" + "), { x: 0.4 }],
];

describe("valueAndGrad: reverse mode agrees with central differences and the compiled tape", () => {
  it.each(gradCases)("%s at %j", (expr, at) => {
    const node = parse(expr);
    const vars = variables(node);
    const { value, grad } = valueAndGrad(node, at);
    expect(value).toBe(evaluate(node, at));
    expect(Object.keys(grad).sort()).toEqual([...vars].sort());
    for (const v of vars) near(grad[v]!, centralDiff(expr, at, v), 1e-5);
    const c = compile(node, vars);
    const g = new Float64Array(vars.length);
    const x = vars.map((v) => at[v]!);
    near(c.valueAndGrad(x, g), value, 1e-14);
    near(c.value(x), value, 1e-14);
    vars.forEach((v, i) => near(g[i]!, grad[v]!, 1e-12));
    expect(c.explain(x)).toBeNull();
  });

  it("the tutorial's example: f = x^2 - 4x at x = 10 has value 60 and gradient 16", () => {
    expect(valueAndGrad(parse("x^2 - 4x"), { x: 10 })).toEqual({ value: 60, grad: { x: 16 } });
  });

  it("adjoints accumulate where a node feeds several others", () => {
    // d/dx of u·u·u with u = sin(x) shared: 3 sin²(x) cos(x)
    const { grad } = valueAndGrad(parse("sin(x) sin(x) sin(x)"), { x: 0.6 });
    near(grad.x!, 3 * Math.sin(0.6) ** 2 * Math.cos(0.6), 1e-14);
  });

  it("a variable named __proto__ is just a variable", () => {
    const { grad } = valueAndGrad(parse("__proto__^2"), JSON.parse('{"__proto__": 3}'));
    expect(Object.keys(grad)).toEqual(["__proto__"]);
    expect(grad["__proto__"]).toBe(6);
  });

  it("constants only: value, empty gradient; compiled too", () => {
    expect(valueAndGrad(parse("2 pi"), {})).toEqual({ value: 2 * Math.PI, grad: {} });
    const g = new Float64Array(1);
    expect(compile(parse("2 + 3"), ["x"]).valueAndGrad([1], g)).toBe(5);
    expect(g[0]).toBe(0);
  });
});

// expression, point, message pattern naming the operation, offending text (span)
const domainCases: [string, Record<string, number>, RegExp, string][] = [
  ["log(x - 2)", { x: 1 }, /log .*positive.*-1/, "log(x - 2)"],
  ["ln(x)", { x: 0 }, /log .*positive/, "ln(x)"],
  ["1 + sqrt(x)", { x: -4 }, /sqrt of a negative/, "sqrt(x)"],
  ["1/x", { x: 0 }, /Division by zero/, "1/x"],
  ["x/(x - 1)", { x: 1 }, /Division by zero/, "x/(x - 1)"],
  ["asin(x)", { x: 2 }, /asin .*between -1 and 1/, "asin(x)"],
  ["acos(x)", { x: -1.5 }, /acos/, "acos(x)"],
  ["exp(x)", { x: 1000 }, /exp overflowed/, "exp(x)"],
  ["x^x", { x: 1000 }, /power overflowed/, "x^x"],
  ["x * 1e300 * 1e300", { x: 1 }, /Multiplication overflowed/, "x * 1e300 * 1e300"],
  ["x^(-1)", { x: 0 }, /^A zero base to a negative power, 0\^\(-1\), is division by zero$/, "x^(-1)"],
  [
    "x^0.5",
    { x: -2 },
    /^A negative base to a non-integer power, \(-2\)\^0\.5, is not a real number$/,
    "x^0.5",
  ],
  ["(x - 2)^y", { x: 1, y: 0.5 }, /negative base .* \(-1\)\^0\.5,/, "(x - 2)^y"],
  ["cot(x)", { x: 0 }, /cot .*sin is 0/, "cot(x)"],
  ["csc(x)", { x: 0 }, /csc/, "csc(x)"],
  // value fine, slope infinite or not real
  ["sqrt(x)", { x: 0 }, /sqrt has no finite derivative/, "sqrt(x)"],
  ["asin(x)", { x: 1 }, /asin has no finite derivative/, "asin(x)"],
  ["x^0.5", { x: 0 }, /x\^0.5 has no finite derivative at x = 0/, "x^0.5"],
  [
    "(-2)^x",
    { x: 2 },
    /^A power with a negative base, \(-2\)\^y, has no derivative with respect to its exponent$/,
    "(-2)^x",
  ],
  ["10^x", { x: 308.2 }, /derivative of the power with respect to its exponent overflowed/, "10^x"],
];

describe("domain errors name the operation (never NaN or Infinity)", () => {
  it.each(domainCases)("%s at %j", (expr, at, message, offending) => {
    const { node, spans } = parseWithSpans(expr);
    const e = domainError(() => valueAndGrad(node, at, { spans }));
    expect(e.message).toMatch(message);
    expect(expr.slice(e.span[0], e.span[1])).toBe(offending);
    // the compiled form answers NaN and explains with the same message
    const vars = variables(node);
    const c = compile(node, vars);
    const g = new Float64Array(vars.length);
    const x = vars.map((v) => at[v]!);
    expect(c.valueAndGrad(x, g)).toBeNaN();
    expect(c.explain(x)?.message).toBe(e.message);
    expect(compile(node, vars, { spans }).explain(x)?.span).toEqual(e.span);
  });

  it("value-only errors come from evaluate as well", () => {
    expect(() => evaluate(parse("log(x)"), { x: -1 })).toThrow(/log is only defined for positive numbers/);
    expect(evaluate(parse("sqrt(x)"), { x: 0 })).toBe(0);
  });

  it("a folded constant outside its domain makes every point NaN in the compiled form", () => {
    const c = compile(parse("x + log(-1)"), ["x"]);
    expect(c.value([1])).toBeNaN();
    expect(c.explain([1])?.code).toBe("domain");
  });
});

describe("variables", () => {
  it("a missing variable is unknown_variable; a non-finite value is invalid_option", () => {
    const { node, spans } = parseWithSpans("x + y");
    expect(() => valueAndGrad(node, { x: 1 }, { spans })).toThrow(DescentError);
    try {
      evaluate(node, { x: 1 }, { spans });
    } catch (e) {
      expect((e as DescentError).code).toBe("unknown_variable");
      expect((e as DescentError).span).toEqual([4, 5]);
    }
    expect(() => evaluate(node, { x: 1, y: NaN })).toThrow(/finite/);
    expect(() => evaluate(parse("__lookupGetter__"), {})).toThrow(/__lookupGetter__/);
    expect(() => compile(node, ["x"])).toThrow(/y/);
  });
});
