import { describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  add,
  apply,
  constant,
  countOps,
  internedCount,
  mul,
  num,
  pow,
  sym,
  topoOrder,
  variables,
} from "./node.ts";

describe("interned nodes", () => {
  it.each([
    ["numbers", () => num(2.5), () => num(2.5)],
    ["-0 and 0", () => num(-0), () => num(0)],
    ["variables", () => sym("theta"), () => sym("theta")],
    ["constants", () => constant("pi"), () => constant("pi")],
    ["applications", () => add(mul(num(2), sym("x")), num(1)), () => add(mul(num(2), sym("x")), num(1))],
  ])("structurally equal %s are one object", (_, a, b) => {
    expect(a()).toBe(b());
  });

  it("nodes are frozen", () => {
    const n = add(sym("x"), num(1));
    expect(Object.isFrozen(n)).toBe(true);
    expect(Object.isFrozen(n.kind === "apply" ? n.args : [])).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity])("num(%s) is refused", (v) => {
    expect(() => num(v)).toThrow(RangeError);
  });

  it("prototype names are ordinary variable names", () => {
    expect(sym("__proto__").name).toBe("__proto__");
    expect(sym("constructor")).toBe(sym("constructor"));
  });

  it("shared subexpressions make a DAG: topoOrder lists each node once, children first", () => {
    const s = add(sym("x"), num(1));
    const e = mul(s, s);
    const order = topoOrder(e);
    expect(order.filter((n) => n === s)).toHaveLength(1);
    expect(order.indexOf(s)).toBeLessThan(order.indexOf(e));
    expect(countOps(e)).toBe(3);
  });

  it("variables come in display order", () => {
    expect(variables(add(sym("y"), add(sym("b"), sym("x"))))).toEqual(["x", "y", "b"]);
  });

  it("a 100,000-deep chain is walked without overflowing the stack", () => {
    let e = sym("x") as ReturnType<typeof sym> | ReturnType<typeof apply>;
    for (let i = 0; i < 100_000; i++) e = apply("sin", [e]);
    expect(topoOrder(e)).toHaveLength(100_001);
    expect(countOps(pow(e, num(2)))).toBe(100_001);
  });

  it("unreferenced nodes leave the table (a long session does not grow memory forever)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const tick = () => new Promise((r) => setTimeout(r, 20));
    const before = internedCount();
    (() => {
      for (let i = 0; i < 10_000; i++) add(sym("x"), num(i + 0.5));
    })();
    expect(internedCount()).toBeGreaterThanOrEqual(before + 10_000);
    for (let round = 0; round < 5 && internedCount() >= before + 10_000; round++) {
      await tick();
      gc();
      await tick();
    }
    expect(internedCount()).toBeLessThan(before + 10_000);
  });
});
