// The trap and the start in the global valley, pinned where `npm run mutation core/methods/local-minimum.ts` found
// them loose: the relative tolerance met with equality, ties between critical points, reachesGlobal's own cases, and
// which round start is chosen. Expected starts come from a brute-force search written here (every integer point in
// a box, by distance), not from the module's own list.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { calculus } from "./calculus.ts";
import { reachesGlobal, startForGlobal, trappedAt, type Critical } from "./local-minimum.ts";
import type { DescentSettings } from "./descent.ts";

const min = (x: number[], f: number): Critical => ({ x, f, nature: "minimum" });
const max = (x: number[], f: number): Critical => ({ x, f, nature: "maximum" });

describe("trappedAt: the tolerance is relative to 1 + |min|, and met with equality it is no trap", () => {
  it.each<[string, Critical, number, number, boolean]>([
    ["f − min = tol exactly, at min = 0", min([1], 2 ** -30), 0, 2 ** -30, false],
    ["f − min just past tol", min([1], 2 ** -29), 0, 2 ** -30, true],
    ["at min = 3, 3·tol above is within tol·(1 + 3)", min([1], 3 + 3e-9), 3, 1e-9, false],
    ["at min = 3, 5·tol above is not", min([1], 3 + 5e-9), 3, 1e-9, true],
  ])("%s", (_, c, m, tol, trapped) => {
    expect(trappedAt([1], [c], m, tol)).toStrictEqual(trapped ? c : undefined);
  });

  it("a tie in distance goes to the first critical point listed", () => {
    const local = min([-1], 1);
    expect(trappedAt([0], [local, max([1], 2)], -4, 1e-9)).toStrictEqual(local);
    expect(trappedAt([0], [max([1], 2), local], -4, 1e-9)).toBeUndefined();
  });
});

describe("reachesGlobal: the nearest of the critical points and the global minimisers", () => {
  it.each<[string, number[], Critical[], number[][], number, boolean]>([
    ["a global minimiser alone", [0.5], [], [[0]], -1, true],
    ["nothing to be near", [0.5], [], [], -1, false],
    ["nearest a maximum", [0.9], [max([1], 3)], [[-2]], -1, false],
    ["nearest a local minimum above the global value", [0.9], [min([1], 3)], [[-2]], -1, false],
    ["nearest a critical minimum at the global value", [0.9], [min([1], -1)], [[-2]], -1, true],
    ["nearest a critical minimum within 1e-9·(1 + |min|)", [0.9], [min([1], -1 + 1.5e-9)], [[-2]], -1, true],
    ["nearest a critical minimum 2.5e-9 above", [0.9], [min([1], -1 + 2.5e-9)], [[-2]], -1, false],
  ])("%s", (_, end, critical, globals, m, want) => {
    expect(reachesGlobal(end, critical, globals, m)).toBe(want);
  });
});

const answer = (text: string) => {
  const node = parse(text);
  const vars = variables(node);
  const calc = calculus(node);
  const critical = calc.critical.map((c) => ({ x: vars.map((v) => c.x[v]!), f: c.f, nature: c.nature }));
  const globals = (calc.argmins ?? [calc.argmin!]).map((p) => vars.map((v) => p[v]!));
  return { node, vars, critical, globals, min: calc.min! };
};
const sgd = (lr: number): DescentSettings => ({ optimizer: { name: "sgd", lr }, tol: 1e-9, maxIter: 2000 });

describe("startForGlobal: the nearest round start at least 1 away that reaches the global valley", () => {
  // In a convex bowl every start reaches the minimum, so the start is the integer point nearest x* at distance ≥ 1
  // (an integer x* puts its neighbours at exactly 1: they count).
  it.each([
    "(x - 0.4)^2 + (y + 1.3)^2",
    "(x - 2.6)^2",
    "(x + 0.2)^2 + 2(y - 0.45)^2",
    "(x - 2)^2",
    "(x - 1)^2 + (y + 2)^2",
  ])("%s", (text) => {
    const { node, vars, critical, globals, min: m } = answer(text);
    const target = globals[0]!;
    const box: number[][] = [[]];
    for (const t of target)
      box.splice(
        0,
        box.length,
        ...box.flatMap((p) => [-3, -2, -1, 0, 1, 2, 3].map((k) => [...p, Math.round(t) + k])),
      );
    const d = (p: number[]) => Math.hypot(...p.map((q, i) => q - target[i]!));
    const best = Math.min(...box.map(d).filter((r) => r >= 1));
    const start = startForGlobal(node, vars, sgd(0.1), globals, critical, m);
    expect(start).not.toBeNull();
    expect(d(start!)).toBe(best);
    expect(start!.every(Number.isInteger)).toBe(true);
  });

  it("no global minimiser given: null", () => {
    const { node, vars, critical, min: m } = answer("(x - 2.6)^2");
    expect(startForGlobal(node, vars, sgd(0.1), [], critical, m)).toBeNull();
  });

  it("every run diverges: null, not a start whose run ran off", () => {
    const { node, vars, critical, globals, min: m } = answer("x^2");
    expect(startForGlobal(node, vars, sgd(1.5), globals, critical, m)).toBeNull();
  });

  it("a valley at every integer: each round start stays in its own, so none is found", () => {
    const { node, vars, critical, globals, min: m } = answer("0.05x^2 - cos(6.283185307179586x)");
    expect(Math.abs(globals[0]![0]!)).toBeLessThan(0.5);
    expect(startForGlobal(node, vars, sgd(0.01), globals, critical, m)).toBeNull();
  });
});
