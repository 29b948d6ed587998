// Calculus's result as the panel's view: the steps, the critical points with their kinds, and the answer.
import { calculus } from "../../../core/calculus.ts";
import type { Node } from "../../../core/node.ts";
import type { MethodView } from "./model.ts";

export function calculusOf(node: Node): MethodView {
  const r = calculus(node);
  const arr = (p: Record<string, number> | undefined) => (p ? r.vars.map((v) => p[v] ?? 0) : undefined);
  return {
    status: r.status,
    steps: r.steps.map((s) => ({ latex: s.latex, text: s.text, note: s.note })),
    argmin: arr(r.argmin),
    min: r.min,
    minLatex: r.minExact?.latex,
    reason: r.reason,
    critical: r.critical.map((c) => ({ point: r.vars.map((v) => c.x[v] ?? 0), value: c.f, kind: c.kind })),
  };
}
