// Minima named as sets (minimum-set.ts) against SymPy (minima.json: periodic, setsN): periodic minima in
// every period, and half-lines, lines, regions and the whole plane in two variables; and the comparison accepts a
// gradient-descent end point anywhere in the set, none outside it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculus } from "./calculus.ts";
import { judge, judgedAnswer } from "./compare.ts";
import { evaluate } from "../diff/autodiff.ts";
import { parse } from "../expr/parser.ts";
import type { Along, MinimumSetN } from "./minimum-set.ts";
import type { Interval } from "./result.ts";

interface Value {
  text: string;
  value: number;
}
interface PeriodicCase {
  expr: string;
  min: Value;
  period: Value;
  onePeriod: Interval[];
}
interface SetCase {
  expr: string;
  min: Value;
  set:
    | { kind: "everywhere" }
    | { kind: "box"; parts: Record<string, Along> }
    | { kind: "form"; coefs: Record<string, number>; values: Along };
}
const fixture = JSON.parse(readFileSync(new URL("../fixtures/minima.json", import.meta.url), "utf8")) as {
  periodic: PeriodicCase[];
  setsN: SetCase[];
};

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * (1 + Math.abs(b));
function sameAlong(got: Along | null | undefined, want: Along) {
  expect(got).toBeTruthy();
  expect(got!.set.length).toBe(want.set.length);
  got!.set.forEach((s, i) => {
    const w = want.set[i]!;
    for (const end of ["lo", "hi"] as const)
      if (w[end] === null) expect(s[end]).toBeNull();
      else expect(close(s[end]!, w[end]!), `${end}: ${s[end]} vs ${w[end]}`).toBe(true);
    expect([s.loClosed, s.hiClosed]).toEqual([w.loClosed, w.hiClosed]);
  });
  if (want.period === undefined) expect(got!.period).toBeUndefined();
  else expect(close(got!.period!, want.period)).toBe(true);
}

/** A point of the set away from the one the method reports (out = false), or one just outside it (out = true). */
function pointOf(set: MinimumSetN, vars: readonly string[], out: boolean): number[] {
  const pick = (a: Along | null) => {
    if (!a) return 7;
    const s = a.set[0]!;
    const t = out
      ? s.hi !== null
        ? s.hi + 1
        : s.lo! - 1
      : s.lo === null
        ? s.hi! - 5
        : s.hi === null
          ? s.lo + 5
          : (s.lo + s.hi) / 2;
    return a.period ? t + 2 * a.period : t;
  };
  if (set.kind === "everywhere") return vars.map(() => 7);
  if (set.kind === "box") return vars.map((v) => pick(set.parts[v] ?? null));
  // form: the other variables at 3, the first chosen so that Σ coefs·x is the value picked.
  const u = pick(set.values);
  const rest = vars.slice(1).reduce((s, v) => s + set.coefs[v]! * 3, 0);
  return vars.map((v, i) => (i === 0 ? (u - rest) / set.coefs[v]! : 3));
}

const isPoint = (set: SetCase["set"]) =>
  set.kind === "box" && Object.values(set.parts).every((a) => !a.period && a.set.every((s) => s.lo === s.hi));

describe("periodic minima: every period, not the window's (minima.json)", () => {
  it.each(fixture.periodic.map((c) => [c.expr, c] as const))("%s", (_, c) => {
    const r = calculus(parse(c.expr));
    expect(r.status, r.reason).toBe("minimum");
    expect(Math.abs(r.min! - c.min.value)).toBeLessThanOrEqual(1e-12);
    expect(close(r.period!.value, c.period.value)).toBe(true);
    expect(r.minimumSet!.kind).toBe("box");
    sameAlong((r.minimumSet as { parts: Record<string, Along> }).parts["x"], {
      set: c.onePeriod,
      period: c.period.value,
    });
    expect(r.steps.map((s) => s.says?.id)).toContain("calc.periodic");
    expect(r.reason).toMatch(/k ∈ ℤ/);
  });
});

describe("minimum sets in two variables (minima.json)", () => {
  it.each(fixture.setsN.map((c) => [c.expr, c] as const))("%s", (_, c) => {
    const node = parse(c.expr);
    const r = calculus(node);
    expect(r.status, r.reason).toBe("minimum");
    expect(Math.abs(r.min! - c.min.value)).toBeLessThanOrEqual(1e-12);
    if (isPoint(c.set)) {
      // One point: the usual answer, classified at its critical point; no set to name.
      const want = (c.set as { parts: Record<string, Along> }).parts;
      for (const [v, a] of Object.entries(want)) expect(close(r.argmin![v]!, a.set[0]!.lo!)).toBe(true);
      return;
    }
    const got = r.minimumSet!;
    expect(got.kind).toBe(c.set.kind);
    if (c.set.kind === "box" && got.kind === "box")
      for (const [v, a] of Object.entries(c.set.parts)) sameAlong(got.parts[v], a);
    if (c.set.kind === "form" && got.kind === "form") {
      for (const [v, w] of Object.entries(c.set.coefs)) expect(close(got.coefs[v]!, w)).toBe(true);
      sameAlong(got.values, c.set.values);
    }
    // The board names the set; no step calls a point of it "a local minimum" or searches a window.
    const ids = r.steps.map((s) => s.says?.id);
    expect(ids.at(-1)).toMatch(/calc\.(setAnswerN|everywhereAnswerN)/);
    expect(ids).not.toContain("calc.localMinAt");

    // The comparison: gradient descent ending anywhere in the set agrees; 1 away from it does not.
    const vars = r.vars;
    const calc = judgedAnswer(r, vars);
    const run = (p: number[]) => ({
      status: "converged" as const,
      argmin: p,
      min: evaluate(node, Object.fromEntries(vars.map((v, i) => [v, p[i]!]))),
      flat: false,
    });
    const p = pointOf(got, vars, false);
    expect(judge({ status: "unavailable" }, calc, run(p)).gdAgrees, `inside at ${p}`).toBe(true);
    if (got.kind !== "everywhere") {
      const q = pointOf(got, vars, true);
      expect(judge({ status: "unavailable" }, calc, run(q)).gdAgrees, `outside at ${q}`).toBe(false);
    }
  });
});
