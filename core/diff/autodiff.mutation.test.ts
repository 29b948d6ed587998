// Reverse mode and the compiled tape where `npm run mutation core/diff/autodiff.ts` found them loose: each error's
// code, span and whole catalog message; slopes that are never needed (no variable below them) never fail; the
// compiled form's answers for constant roots, constant subtrees outside their domain, and variables in any order.
import { describe, expect, it } from "vitest";
import { compile, evaluate, valueAndGrad } from "./autodiff.ts";
import { add, apply, div, mul, num, pow, sub, sym } from "../expr/node.ts";
import { fmt, powerPart, spec } from "../expr/ops.ts";
import { parse, parseWithSpans } from "../expr/parser.ts";
import { msg } from "../messages/index.ts";
import { thrown } from "../test-support/errors.ts";

const x = sym("x");
const y = sym("y");

describe("interpreter errors, whole", () => {
  it("a missing or non-finite value names the variable, at its span (or [0, 0] without spans)", () => {
    const { node, spans } = parseWithSpans("x + 2*y");
    expect(thrown(() => evaluate(node, { x: 1 }, { spans }))).toStrictEqual([
      "unknown_variable",
      [6, 7],
      msg("ad.noValue", { name: "y" }),
    ]);
    expect(thrown(() => valueAndGrad(node, { x: 1 }))).toStrictEqual([
      "unknown_variable",
      [0, 0],
      msg("ad.noValue", { name: "y" }),
    ]);
    for (const bad of [Infinity, NaN, "1" as unknown as number])
      expect(thrown(() => evaluate(node, { x: bad, y: 1 }, { spans }))).toStrictEqual([
        "invalid_option",
        [0, 1],
        msg("ad.notFinite", { name: "x" }),
      ]);
    // An inherited key is not a value.
    expect(thrown(() => evaluate(sym("toString"), {}))).toStrictEqual([
      "unknown_variable",
      [0, 0],
      msg("ad.noValue", { name: "toString" }),
    ]);
  });

  it("a slope outside its domain: the op table's message for each kind of power and function", () => {
    expect(thrown(() => valueAndGrad(pow(x, num(0.5)), { x: 0 }))?.[2]).toStrictEqual(
      msg("dom.slopePow", { a: fmt(0), b: powerPart(0.5) }),
    );
    expect(thrown(() => valueAndGrad(pow(num(-2), x), { x: 2 }))?.[2]).toStrictEqual(
      msg("dom.slopeNegBase", { a: powerPart(-2) }),
    );
    expect(thrown(() => valueAndGrad(pow(num(10), x), { x: 308.2 }))?.[2]).toStrictEqual(
      msg("dom.slopePowExponent"),
    );
    expect(thrown(() => valueAndGrad(apply("sqrt", [x]), { x: 0 }))?.[2]).toStrictEqual(
      msg("dom.slopeFn", { f: "sqrt", a: fmt(0) }),
    );
    // The exponent's slope of a power whose base is 0 and exponent a variable: 0^y at y = 2 is fine.
    expect(valueAndGrad(pow(x, y), { x: 0, y: 2 })).toStrictEqual({ value: 0, grad: { x: 0, y: 0 } });
  });

  it("a gradient that overflows although every slope is finite is a domain error naming the variable", () => {
    // 1e308·x used three times: f(0) = 0 and each slope is 1e308, but their sum is not a double.
    const m = mul(num(1e308), x);
    const f = add(add(m, m), m);
    expect(thrown(() => valueAndGrad(f, { x: 0 }))).toStrictEqual([
      "domain",
      [0, 0],
      msg("ad.gradOverflow", { name: "x" }),
    ]);
  });

  it("slopes below no variable are never taken: sqrt(0)·x and (−8)^(1/3) + x have gradients", () => {
    expect(valueAndGrad(mul(apply("sqrt", [num(0)]), x), { x: 3 })).toStrictEqual({
      value: 0,
      grad: { x: 0 },
    });
    expect(valueAndGrad(add(apply("abs", [num(-2)]), mul(num(3), x)), { x: 1 })).toStrictEqual({
      value: 5,
      grad: { x: 3 },
    });
  });

  it("grad keys follow variables(f), −0 becomes 0, and adjoints accumulate over every use", () => {
    const f = sub(mul(y, x), mul(num(0), x));
    const r = valueAndGrad(f, { x: 0, y: -0 });
    expect(Object.keys(r.grad)).toStrictEqual(["x", "y"]);
    expect(Object.is(r.grad["x"], 0) && Object.is(r.grad["y"], 0)).toBe(true);
    expect(valueAndGrad(add(add(x, x), mul(x, x)), { x: 3 }).grad).toStrictEqual({ x: 2 + 2 * 3 });
  });
});

describe("compile", () => {
  it("variables in the order given, each slope into its slot", () => {
    const f = add(mul(num(3), x), mul(y, y));
    const c = compile(f, ["y", "x"]);
    const g = new Float64Array(2);
    expect(c.valueAndGrad([2, 5], g)).toBe(19);
    expect(Array.from(g)).toStrictEqual([4, 3]);
    expect(c.value([2, 5])).toBe(19);
    expect(c.vars).toStrictEqual(["y", "x"]);
    expect(c.explain([2, 5])).toBeNull();
  });

  it("a variable of f not in the list is an error listing them", () => {
    expect(thrown(() => compile(add(x, y), ["x", "z"]))).toStrictEqual([
      "unknown_variable",
      [0, 0],
      msg("ad.notAVariable", { name: "y", vars: "x, z" }),
    ]);
  });

  it("a constant root: its value, gradient 0 in every slot; a constant outside its domain: NaN everywhere", () => {
    const c = compile(add(num(2), num(3)), ["x", "y"]);
    const g = new Float64Array([7, 7, 7]);
    expect(c.valueAndGrad([1, 1], g)).toBe(5);
    expect(Array.from(g)).toStrictEqual([0, 0, 7]);
    expect(c.value([1, 1])).toBe(5);
    const bad = compile(add(x, apply("log", [num(-1)])), ["x", "y"]);
    const h = new Float64Array([7, 7, 7]);
    expect(bad.valueAndGrad([1, 1], h)).toBeNaN();
    expect(Array.from(h).map(Number.isNaN)).toStrictEqual([true, true, false]);
    expect(bad.value([1, 1])).toBeNaN();
    expect(
      thrown(() => {
        throw bad.explain([1, 1]);
      })?.[0],
    ).toBe("domain");
  });

  it("constant subtrees are folded; a power of a variable by a folded constant uses it", () => {
    const f = pow(x, add(num(1), num(2)));
    const c = compile(f, ["x"]);
    const g = new Float64Array(1);
    expect(c.valueAndGrad([2], g)).toBe(8);
    expect(g[0]).toBe(12);
    const twice = add(mul(apply("sin", [num(1)]), x), apply("sin", [num(1)]));
    const d = compile(twice, ["x"]);
    expect(d.valueAndGrad([2], g)).toBe(3 * Math.sin(1));
    expect(g[0]).toBe(Math.sin(1));
  });

  it("explain gives the interpreter's error at the point, rethrowing anything that is not a DescentError", () => {
    const { node, spans } = parseWithSpans("log(x - 1)");
    const c = compile(node, ["x"], { spans });
    expect(c.explain([2])).toBeNull();
    const e = c.explain([0])!;
    expect([e.code, e.span]).toStrictEqual(["domain", [0, 10]]);
    expect(c.explain([0])?.msg).toStrictEqual(thrown(() => evaluate(parse("log(x - 1)"), { x: 0 }))?.[2]);
  });
});

describe("the remaining edges", () => {
  it("options without spans: errors point at [0, 0]", () => {
    const f = add(x, apply("log", [y]));
    expect(thrown(() => evaluate(f, { x: 1 }, {}))?.slice(0, 2)).toStrictEqual(["unknown_variable", [0, 0]]);
    expect(thrown(() => evaluate(f, { x: 1, y: -1 }, {}))?.slice(0, 2)).toStrictEqual(["domain", [0, 0]]);
    expect(thrown(() => valueAndGrad(apply("sqrt", [x]), { x: 0 }, {}))?.slice(0, 2)).toStrictEqual([
      "domain",
      [0, 0],
    ]);
  });

  it("a quotient whose slope in its divisor overflows names the operation, not a power", () => {
    expect(thrown(() => valueAndGrad(div(x, y), { x: 1, y: 1e-200 }))?.[2]).toStrictEqual(
      msg("dom.slopeFn", { f: spec("div").text, a: fmt(1) }),
    );
  });

  it("a constant exponent's slope is never taken: x^2 at a negative x", () => {
    expect(valueAndGrad(pow(x, num(2)), { x: -2 })).toStrictEqual({ value: 4, grad: { x: -4 } });
  });

  it("gradient keys are plain data properties", () => {
    const { grad } = valueAndGrad(mul(x, x), { x: 3 });
    expect(Object.getOwnPropertyDescriptor(grad, "x")).toStrictEqual({
      value: 6,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  it("a root constant outside its domain: NaN and a NaN gradient; a fresh tape's first value reads x", () => {
    const bad = compile(apply("log", [num(-1)]), ["x"]);
    const g = new Float64Array([7]);
    expect(bad.valueAndGrad([1], g)).toBeNaN();
    expect(g[0]).toBeNaN();
    expect(compile(mul(num(3), x), ["x"]).value([2])).toBe(6);
  });
});
