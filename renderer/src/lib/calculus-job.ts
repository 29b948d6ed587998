// Calculus as a worker job: the newest keystroke wins (worker-job.ts), so after a heavy input the next answer comes
// as fast as if the heavy one had never been typed. The worker and the main-thread fallback answer with the same
// function; calculus-runner.svelte.ts holds the state the panel reads.
import { tryParse, variables } from "../../../core/index.ts";
import { calculusView } from "./calculus-adapter.ts";
import type { MethodView } from "./model.ts";
import { WorkerJob, type JobPort } from "./worker-job.ts";

/** The text the view belongs to, and the view. */
export interface Latest {
  text: string;
  view: MethodView | null;
}
export type CalculusWorker = JobPort<string, MethodView | null>;

/** Calculus of a typed function; null where it does not parse or has more than two variables. */
export function calculusAnswer(text: string): MethodView | null {
  const parsed = tryParse(text);
  return !parsed.ok || variables(parsed.value).length > 2 ? null : calculusView(parsed.value);
}

export class CalculusJob extends WorkerJob<string, MethodView | null> {
  constructor(spawn: () => CalculusWorker | null) {
    super(spawn, calculusAnswer);
  }
}
