// Gradient descent as a worker job: every run the panel shows (the chosen optimizer and the ones compared with it),
// computed from the function as typed, the newest request winning (worker-job.ts). A 10,000-step run or six
// optimizers at once would otherwise hold the keystroke's frame. The worker and the main-thread fallback answer
// with the same function; descent-runner.svelte.ts holds the state the panels read.
import { tryParse, variables } from "../../../core/index.ts";
import { descentData, type DescentData, type DescentSettings } from "./engine.ts";
import { WorkerJob, type JobPort } from "./worker-job.ts";

export interface DescentRequest {
  /** The function as typed: the worker reads it with the same parser (nodes cannot cross to a worker). */
  text: string;
  /** One run per optimizer shown, the chosen one first; plain data (no $state proxies: they cannot be posted). */
  runs: DescentSettings[];
}
/** One result per run asked for; null where the text does not parse or has more than two variables. */
export type DescentAnswer = DescentData[] | null;
export type DescentWorker = JobPort<DescentRequest, DescentAnswer>;

export function descentAnswer(r: DescentRequest): DescentAnswer {
  const parsed = tryParse(r.text);
  if (!parsed.ok) return null;
  const vars = variables(parsed.value);
  return vars.length > 2 ? null : r.runs.map((s) => descentData(parsed.value, vars, s));
}

export class DescentJob extends WorkerJob<DescentRequest, DescentAnswer> {
  constructor(spawn: () => DescentWorker | null) {
    // Kept warm: a run is bounded (maxIter, the work budget), and a fresh worker costs more than finishing it.
    super(spawn, descentAnswer, { patienceMs: Infinity });
  }
}
