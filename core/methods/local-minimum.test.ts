// A run trapped in a local minimum's valley is named, and a start in the global minimum's valley is found by
// running from it. The critical points come from calculus (checked against SymPy in methods.fixtures.test.ts).
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { calculus } from "./calculus.ts";
import { compare, judge, judgedAnswer, type JudgedAnswer } from "./compare.ts";
import { startForGlobal, trappedAt, type Critical } from "./local-minimum.ts";
import type { DescentSettings } from "./descent.ts";

// A double well: global minimum f = −4 at −1, a local one f = 0 at 2, a maximum f = 1 at 0.5 between them.
const wells: Critical[] = [
  { x: [-1], f: -4, nature: "minimum" },
  { x: [0.5], f: 1, nature: "maximum" },
  { x: [2], f: 0, nature: "minimum" },
];

describe("trappedAt: the valley a run ended in is its nearest critical point's", () => {
  it.each<[string, number[], readonly Critical[], number | undefined]>([
    ["at the local minimum", [2], wells, 2],
    ["stopped short of the local minimum (its rule watches f)", [2.3], wells, 2],
    ["stopped short on the far side", [1.4], wells, 2],
    ["near the global minimum", [-1.2], wells, undefined],
    ["nearest the maximum", [0.6], wells, undefined],
    ["no critical points", [2], [], undefined],
    [
      "a second minimum at the global value is not a trap",
      [2],
      [wells[0]!, { x: [2], f: -4, nature: "minimum" }],
      undefined,
    ],
  ])("%s", (_, end, critical, want) => {
    expect(trappedAt(end, critical, -4, 1e-9)?.x[0]).toBe(want);
  });
});

const answerOf = (text: string) => {
  const node = parse(text);
  const vars = variables(node);
  const calc = calculus(node);
  const a = judgedAnswer(calc, vars) as JudgedAnswer;
  return { node, vars, calc, a };
};

describe("the judge names the local minimum; a start in the global valley reaches the global minimum", () => {
  const tutorial: DescentSettings = { optimizer: { name: "sgd", lr: 0.02 }, tol: 1e-3, maxIter: 1000 };
  it.each<[string, Record<string, number>, DescentSettings]>([
    ["sin(x) + x^2/10", { x: 10 }, tutorial],
    ["x^4 - 2x^2 + 0.5x", { x: 2 }, tutorial],
    ["x^4 - 2x^2 + 0.5x + y^2", { x: 2, y: 1 }, tutorial],
    [
      "x^4 - 2x^2 + 0.5x + y^2",
      { x: 2, y: 1 },
      { optimizer: { name: "adam", lr: 0.05 }, tol: 1e-6, maxIter: 5000 },
    ],
  ])("%s from %j", (text, x0, settings) => {
    const { node, vars, calc, a } = answerOf(text);
    const c = compare(node, { x0, ...settings });
    expect(c.gdAgrees).toBe(false);
    const v = judge(a, a, {
      status: c.gd.status,
      argmin: vars.map((k) => c.gd.argmin[k]!),
      min: c.gd.min,
      flat: c.gd.flat,
    });
    // The trap is calculus's other minimum, the one above the global value.
    const local = calc.critical.find((p) => p.nature === "minimum" && p.f > calc.min! + 1e-6)!;
    expect(v.trap?.x).toEqual(vars.map((k) => local.x[k]));
    expect((c.verdictMsg.params as { gd: { params: { trap: { id: string } } } }).gd.params.trap.id).toBe(
      "cmp.trap",
    );

    const start = startForGlobal(node, vars, settings, a.argmins ?? [a.argmin!], a.critical!, a.min!);
    expect(start).not.toBeNull();
    expect(start!.every(Number.isInteger)).toBe(true);
    const from = compare(node, { x0: Object.fromEntries(vars.map((k, i) => [k, start![i]!])), ...settings });
    const w = judge(a, a, {
      status: from.gd.status,
      argmin: vars.map((k) => from.gd.argmin[k]!),
      min: from.gd.min,
      flat: from.gd.flat,
    });
    expect(w.trap).toBeUndefined();
    expect(from.gd.status).not.toBe("diverged");
    // It ends nearer the global minimiser than any other critical point.
    const end = vars.map((k) => from.gd.argmin[k]!);
    const d = (p: readonly number[]) => Math.hypot(...p.map((q, i) => q - end[i]!));
    for (const p of a.critical!) expect(d(a.argmin!)).toBeLessThanOrEqual(d(p.x));
  });

  it("no trap when the run reaches the global valley or there is no other minimum", () => {
    const { node, vars, a } = answerOf("x^2 - 4x");
    const c = compare(node, { x0: { x: 10 } });
    const v = judge(a, a, {
      status: c.gd.status,
      argmin: vars.map((k) => c.gd.argmin[k]!),
      min: c.gd.min,
      flat: false,
    });
    expect(v.trap).toBeUndefined();
    expect(c.verdict).not.toMatch(/local minimum/);
  });
});
