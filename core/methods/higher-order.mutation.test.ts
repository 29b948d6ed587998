// The written-out argument at a singular Hessian (higher-order.ts), pinned where `npm run mutation
// core/methods/higher-order.ts` found it loose: the whole sentence (the point, f − f(p) expanded, the lowest-order
// form, its degree and the directions named), the size limits, points that are not exact critical points, the
// constant case, and the quadratic rule without eigenvalues. f − f(p) is expanded here independently (the expression
// re-read with each variable shifted), and each direction named is checked on the form: the sign it claims, and no
// simpler direction in {−1, 0, 1, 2}ⁿ giving that sign.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { Poly, polynomialOf } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { jacobiEigenvalues } from "../exact/matrix.ts";
import { msg, say } from "../messages/index.ts";
import { higherOrder } from "./higher-order.ts";
import { tuple } from "./print-maths.ts";

const read = (text: string, vars: readonly string[]) => {
  const r = polynomialOf(parse(text), vars);
  if (!r.ok) throw new Error(`not a polynomial: ${text}`);
  return r.poly;
};
/** f(p + h) − f(p), by re-reading the expression with x → (x + p). */
const shifted = (text: string, vars: readonly string[], at: readonly number[]) => {
  const moved = vars.reduce((t, v, i) => t.replace(new RegExp(`\\b${v}\\b`, "g"), `(${v} + ${at[i]})`), text);
  const p = read(moved, vars);
  return Poly.fromTerms(
    vars,
    p.entries().filter(([e]) => e.some((k) => k > 0)),
  );
};
const run = (text: string, at: number[], eig = true) => {
  const node = parse(text);
  const vars = variables(node);
  const poly = read(text, vars);
  const x = Object.fromEntries(vars.map((v, i) => [v, at[i]!]));
  const H = vars.map((v) => vars.map((w) => poly.derivative(v).derivative(w).evaluate(x)));
  return { vars, r: higherOrder(poly, vars, x, eig ? jacobiEigenvalues(H) : null) };
};
const l1 = (u: readonly number[]) => u.reduce((s, v) => s + Math.abs(v), 0);
const all = (n: number): number[][] =>
  n === 0 ? [[]] : all(n - 1).flatMap((u) => [0, 1, -1, 2].map((v) => [...u, v]));
/** The direction named is the simplest with the sign it claims. */
const simplest = (form: Poly, vars: readonly string[], text: string, sign: 1 | -1) => {
  const u = text.slice(1, -1).split(", ").map(Number);
  expect(u).toHaveLength(vars.length);
  const at = (w: readonly number[]) =>
    form.evalExact(Object.fromEntries(vars.map((v, i) => [v, Rational.of(w[i]!)])));
  expect(at(u).sign()).toBe(sign);
  for (const w of all(vars.length)) if (l1(w) < l1(u)) expect(at(w).sign(), `${w}`).not.toBe(sign);
};

describe("higherOrder: the whole argument", () => {
  it.each<
    [
      string,
      number[],
      "crit.evenPowersMin" | "crit.evenPowersMax" | "crit.semidefiniteMin" | "crit.semidefiniteMax",
    ]
  >([
    ["(x - 1)^2 (y + 2)^2 + z^4", [1, -2, 0], "crit.evenPowersMin"],
    ["-x^2 y^2 - z^4 + 3", [0, 0, 0], "crit.evenPowersMax"],
    ["(x - 0.5)^4 + 2(y + 1)^2", [0.5, -1], "crit.evenPowersMin"],
    ["(x + y)^2 + z^2", [0, 0, 0], "crit.semidefiniteMin"],
    ["(x + y - 2)^2", [1, 1], "crit.semidefiniteMin"],
    ["-(x - y)^2 - 3z^2 + 1", [0, 0, 0], "crit.semidefiniteMax"],
  ])("%s at %j: %s", (text, at, id) => {
    const { vars, r } = run(text, at);
    const diff = shifted(text, vars, at);
    expect(r).toStrictEqual({
      nature: id.endsWith("Min") ? "minimum" : "maximum",
      reasonMsg: msg(id, { point: tuple(at), diff: { poly: diff } }),
    });
    expect(say(r!.reasonMsg)).toContain(`f − f(${at.join(", ")}) = ${diff.toText()}`);
  });

  it.each<[string, number[]]>([
    ["x y z", [0, 0, 0]],
    ["x y z - z^4", [0, 0, 0]],
    ["x^3 - 3x y^2", [0, 0]],
    ["-x^3 + y^4", [0, 0]],
    ["(x - 1)^3 + (y - 2)^2 (x - 1)", [1, 2]],
  ])("%s at %j: odd lowest order, a saddle along the simplest direction where it is non-zero", (text, at) => {
    const { vars, r } = run(text, at);
    const diff = shifted(text, vars, at);
    const low = Math.min(...diff.entries().map(([e]) => l1(e)));
    const form = diff.homogeneous(low);
    expect(r?.nature).toBe("saddle");
    expect(r?.reasonMsg.id).toBe("crit.oddOrder");
    const p = r!.reasonMsg.params as { point: unknown; form: { poly: Poly }; k: string; dir: string };
    expect(p.point).toStrictEqual(tuple(at));
    expect(p.form.poly.toText()).toBe(form.toText());
    expect(p.k).toBe(String(low));
    // An odd form takes both signs (f(−u) = −f(u)): the direction named is the simplest where it is positive.
    simplest(form, vars, p.dir, 1);
  });

  it.each<[string, number[]]>([
    ["x y z w", [0, 0, 0, 0]],
    ["x y z", [0, 0, 2]],
    ["x^2 - y^2 + x^3", [0, 0]],
    ["x^4 - y^4", [0, 0]],
  ])("%s at %j: even lowest order of both signs, each direction the simplest", (text, at) => {
    const { vars, r } = run(text, at, false);
    const diff = shifted(text, vars, at);
    const low = Math.min(...diff.entries().map(([e]) => l1(e)));
    const form = diff.homogeneous(low);
    expect(r?.nature).toBe("saddle");
    expect(r?.reasonMsg.id).toBe("crit.bothSigns");
    const p = r!.reasonMsg.params as { point: unknown; form: { poly: Poly }; up: string; down: string };
    expect(p.point).toStrictEqual(tuple(at));
    expect(p.form.poly.toText()).toBe(form.toText());
    simplest(form, vars, p.up, 1);
    simplest(form, vars, p.down, -1);
  });
});

describe("higherOrder: no label", () => {
  it.each<[string, string, number[], boolean]>([
    ["seven variables", "a^4 + b^4 + c^4 + d^4 + e1^4 + g^4 + h^4", [0, 0, 0, 0, 0, 0, 0], true],
    ["degree 14 (a label were it expanded)", "x^14 + y^2", [0, 0], true],
    ["not exactly critical in one coordinate", "x^4 + y^4", [0, 1e-7], true],
    ["constant near the point", "0 x + 0 y + 2", [1, 1], true],
    ["a coordinate that is no number", "x^4 + y^4", [0, Infinity], false],
    ["semidefinite lowest order, undecided by the next", "x^2 + y^3", [0, 0], true],
    ["a quadratic without eigenvalues", "(x + y)^2 + z^2", [0, 0, 0], false],
  ])("%s", (_, text, at, eig) => {
    expect(run(text, at, eig).r).toBeNull();
  });

  it("six variables and degree 12 are still expanded", () => {
    const r6 = run("a^4 + b^4 + c^4 + d^4 + g^4 + h^4", [0, 0, 0, 0, 0, 0]).r;
    expect(r6?.reasonMsg.id).toBe("crit.evenPowersMin");
    expect(run("x^12 + y^2", [0, 0]).r?.reasonMsg.id).toBe("crit.evenPowersMin");
  });

  it("a quadratic form: eigenvalues within 10⁻⁹·max(1, |λ|) of 0 count as 0, further below do not", () => {
    const poly = read("(x + y)^2", ["x", "y"]);
    const x = { x: 0, y: 0 };
    expect(higherOrder(poly, ["x", "y"], x, [4, -4e-9])?.reasonMsg.id).toBe("crit.semidefiniteMin");
    expect(higherOrder(poly, ["x", "y"], x, [4, -5e-9])).toBeNull();
    expect(higherOrder(poly, ["x", "y"], x, [0.5, -1e-9])?.reasonMsg.id).toBe("crit.semidefiniteMin");
    const neg = read("-(x + y)^2", ["x", "y"]);
    expect(higherOrder(neg, ["x", "y"], x, [-4, 4e-9])?.reasonMsg.id).toBe("crit.semidefiniteMax");
    expect(higherOrder(neg, ["x", "y"], x, [-4, 5e-9])).toBeNull();
  });
});
