// Calculus's result as the panel's view: the steps, the critical points with their kinds, and the answer.
// Errors a user can cause become a view that says so; the worker and the main thread share this function.
import { Budget, withBudget } from "../../../core/index.ts";
import { calculus, portable, setNText } from "../../../core/index.ts";
import { DescentError } from "../../../core/index.ts";
import type { Node } from "../../../core/index.ts";
import type { MethodView } from "./model.ts";
import { stepViews } from "./step-views.ts";

export function calculusView(node: Node): MethodView {
  try {
    // In a work budget, inside the try: a heavy input is a too_complex view, never an error out of the worker.
    const r = withBudget(new Budget(), () => calculus(node));
    const arr = (p: Record<string, number> | undefined) => (p ? r.vars.map((v) => p[v] ?? 0) : undefined);
    return {
      status: r.status,
      steps: stepViews(r.steps),
      argmin: arr(r.argmin),
      min: r.min,
      minLatex: r.minExact?.latex,
      // Spelled out: the view crosses from the worker, and a cloned rational cannot print itself.
      reason: r.reasonMsg ? portable(r.reasonMsg) : r.reason,
      ...(r.argmins ? { argmins: r.argmins.map((p) => r.vars.map((v) => p[v] ?? 0)) } : {}),
      ...(r.argminSet && r.vars.length === 1 ? { argminSet: r.argminSet[r.vars[0]!] } : {}),
      ...(r.minimumSet
        ? { minimumSet: { vars: r.vars, set: r.minimumSet, text: setNText(r.minimumSet) } }
        : {}),
      critical: r.critical.map((c) => ({
        point: r.vars.map((v) => c.x[v] ?? 0),
        value: c.f,
        kind: c.kind,
        nature: c.nature,
      })),
    };
  } catch (e) {
    if (e instanceof DescentError)
      return { status: "unsupported", steps: [], reason: e.msg ? portable(e.msg) : e.message };
    throw e;
  }
}
