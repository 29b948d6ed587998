import { describe, expect, it } from "vitest";
import * as q from "./coefficient.ts";

const show = (c: q.Q) => `${c.n}/${c.d} ${c.kind}`;

describe("exact coefficients", () => {
  it.each([
    [0.1, "1/10 dec"],
    [0.25, "1/4 dec"],
    [-2.5, "-5/2 dec"],
    [3, "3/1 frac"],
    [-0, "0/1 frac"],
    [1e-300, "1e-300/1 float"],
    [0.1234567890123456, "0.1234567890123456/1 float"],
    [1e20, "100000000000000000000/1 float"],
  ])("fromNumber(%s) = %s", (v, expected) => {
    expect(show(q.fromNumber(v))).toBe(expected);
  });

  it.each([
    ["0.1 + 0.2", q.add(q.fromNumber(0.1), q.fromNumber(0.2)), "3/10 dec"],
    ["1/3 + 1/6", q.add(q.inv(q.fromNumber(3)), q.inv(q.fromNumber(6))), "1/2 frac"],
    ["0.1 · 2", q.mul(q.fromNumber(0.1), q.fromNumber(2)), "1/5 dec"],
    ["(2/3)^-2", q.powInt(q.mul(q.fromNumber(2), q.inv(q.fromNumber(3))), -2), "9/4 frac"],
    ["2^60 (past 2^53: float)", q.powInt(q.fromNumber(2), 60), `${2 ** 60}/1 float`],
    ["1e15 · 1e15 (overflow: float)", q.mul(q.fromNumber(1e15), q.fromNumber(1e15)), "1e+30/1 float"],
  ])("%s = %s", (_, got, expected) => {
    expect(show(got)).toBe(expected);
  });

  it.each([
    [4, 1, 2, "2/1"],
    [8, 2, 3, "4/1"],
    [1 / 4, 1, 2, "1/2"],
    [2, 1, 2, null],
  ])("%s^(%s/%s) = %s", (a, n, d, expected) => {
    const r = q.powRational(q.fromNumber(a), q.mul(q.fromNumber(n), q.inv(q.fromNumber(d))));
    expect(r && `${r.n}/${r.d}`).toBe(expected);
  });

  it("division by zero and overflow to infinity refuse to fold", () => {
    expect(() => q.inv(q.ZERO)).toThrow(q.NoFold);
    expect(() => q.mul(q.fromNumber(1e308), q.fromNumber(10))).toThrow(q.NoFold);
  });

  it("decimals print as decimals only when they terminate", () => {
    expect(q.terminates(q.fromNumber(0.2))).toBe(true);
    expect(q.terminates(q.mul(q.fromNumber(0.1), q.inv(q.fromNumber(3))))).toBe(false);
  });
});
