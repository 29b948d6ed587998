// The start that reaches the global minimum (engine.globalStart) as a worker job: it runs gradient descent from
// several starts, tens of ms for two variables, so it is asked for when a run is trapped and computed off the main
// thread, the newest request winning (worker-job.ts). The worker and the main-thread fallback share this function.
import { tryParse, variables } from "../../../core/index.ts";
import { globalStart, type DescentSettings } from "./engine.ts";
import type { MethodView } from "./model.ts";
import { WorkerJob, type JobPort } from "./worker-job.ts";

export interface GlobalStartRequest {
  text: string;
  settings: Omit<DescentSettings, "x0" | "color">;
  /** Calculus's answer for the text (its minimisers and critical points; the steps are left behind). */
  calc: MethodView;
}
export type GlobalStartWorker = JobPort<GlobalStartRequest, number[] | null>;

export function globalStartAnswer(r: GlobalStartRequest): number[] | null {
  const parsed = tryParse(r.text);
  if (!parsed.ok) return null;
  const vars = variables(parsed.value);
  return vars.length > 2 ? null : globalStart(parsed.value, vars, r.settings, r.calc);
}

export class GlobalStartJob extends WorkerJob<GlobalStartRequest, number[] | null> {
  constructor(spawn: () => GlobalStartWorker | null) {
    super(spawn, globalStartAnswer, { patienceMs: Infinity });
  }
}
