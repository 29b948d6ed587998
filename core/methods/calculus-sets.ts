// The calculus method's answer when the minimum is attained on a set named by f's form (minimum-set.ts): periodic
// minima in one variable, and the constant, separable and one-form cases in several. Each replaces a window-limited
// or point-only answer with the whole set, and the board says why.

import type { Node } from "../expr/node.ts";
import { msg, reasoned, type Msg } from "../messages/index.ts";
import type { CalculusResult } from "./calculus.ts";
import { alongMaths, setNMaths } from "./minimum-set-text.ts";
import { periodic, periodOf, piMaths, structureN, type MinimumSetN, type OneAnswer } from "./minimum-set.ts";
import { joined, spelled, SYMBOL, type Maths } from "./print-maths.ts";
import { fmt, minimisersOf } from "./result.ts";
import type { StepData } from "./print-steps.ts";

const note = msg("calc.structureNote");

/** One variable: a periodic f's minimisers in every period, not only those in the window. */
export function withPeriod(out: CalculusResult, node: Node, x: string): CalculusResult {
  if (out.status !== "minimum") return out;
  const period = periodOf(node, x);
  if (!period || out.everyPoint) return out;
  const found = minimisersOf(out, x);
  const along = periodic(found, period.value);
  if (along.set.length === 0) return out;
  const set = alongMaths({ v: x }, along);
  const P = piMaths(along.period!);
  const why = reasoned(msg("calc.setAnswer", { f: out.minExact ?? { num: out.min! }, set }));
  const last = out.steps.pop()!;
  out.steps.push(
    {
      says: msg("calc.periodic", { x, period: P, set }),
      shows: msg("calc.periodicLatex", { x: { v: x }, period: P }),
      note: msg("calc.periodicNote"),
    },
    { ...last, says: why.reasonMsg },
  );
  return {
    ...out,
    ...why,
    period: { value: along.period!, exact: spelled(P) },
    minimumSet: { kind: "box", parts: { [x]: along } },
  };
}

/** Several variables: the answer from f's form, when it names more than one point or corrects the status. */
export function withStructure(
  out: CalculusResult,
  node: Node,
  vars: string[],
  grad: readonly Node[],
  solve1: (n: Node) => OneAnswer,
): CalculusResult {
  const s = structureN(node, vars, grad, solve1);
  if (!s || (s.status === out.status && (s.status !== "minimum" || isPoint(s.set!)))) return out;
  const steps: StepData[] = out.steps.slice(0, 1 + vars.length);
  const answerOf = (a: OneAnswer): Msg | string => a.reasonMsg ?? "";
  if (s.how.kind === "constant")
    steps.push({ says: msg("calc.constantN", { f: fmt(s.min!) }), shows: [SYMBOL.nabla, "f = 0"], note });
  else if (s.how.kind === "separable") {
    const parts = s.how.parts.map((p): Maths => ({ node: p }));
    steps.push({
      says: msg("calc.separable", { parts: joined(parts, ", ") }),
      shows: ["f = ", joined(parts, " + ")],
      note,
    });
    s.how.answers.forEach((a, i) =>
      steps.push({
        says: msg("calc.partAnswer", { part: parts[i]!, answer: answerOf(a) }),
        shows: parts[i]!,
      }),
    );
  } else {
    const { form, x, g, answer } = s.how;
    steps.push({ says: msg("calc.oneForm", { form, x, g: { node: g } }), shows: ["u = ", form], note });
    steps.push({
      says: msg("calc.partAnswer", { part: ["g(", { v: x }, ")"], answer: answerOf(answer) }),
      shows: { node: g },
    });
  }
  let final: Msg;
  if (s.status === "minimum") {
    const set = setNMaths(s.set!);
    final = set
      ? msg("calc.setAnswerN", { f: fmt(s.min!), set })
      : msg("calc.everywhereAnswerN", { f: fmt(s.min!) });
  } else if (s.status === "no-minimum") final = msg("calc.noMinParts", { v: fmt(s.infimum!) });
  else final = msg("calc.unboundedParts");
  steps.push({
    says: final,
    shows: s.status === "minimum" ? [SYMBOL.min, "f = ", fmt(s.min!)] : "",
    note: msg("calc.globalNote"),
  });
  const res: CalculusResult = {
    method: "calculus",
    vars,
    derivatives: out.derivatives,
    status: s.status,
    ...reasoned(final),
    critical: [],
    steps,
  };
  if (s.status === "minimum") {
    res.argmin = s.argmin!;
    res.argmins = [s.argmin!];
    res.min = s.min!;
    res.minimumSet = s.set!;
    if (s.set!.kind === "everywhere") res.everyPoint = true;
  }
  if (s.infimum !== undefined) res.infimum = s.infimum;
  return res;
}

/** Finitely many points (x⁴ − 2x² + y²: (±1, 0)): the usual answer, which lists them with their classification. */
function isPoint(set: MinimumSetN): boolean {
  return (
    set.kind === "box" &&
    Object.values(set.parts).every((a) => a !== null && !a.period && a.set.every((s) => s.lo === s.hi))
  );
}
