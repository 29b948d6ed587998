// The computational graph's heavy part off the main thread: dagre's layout (tens of ms for 60 nodes, more on a busy
// machine) and the symbolic derivatives of the cross-check. The newest request wins (worker-job.ts), but the
// worker is kept warm: a layout outlasting the next keystroke is rarely long, and restarting costs more. Answers
// are kept for the last few functions, so going back to one (a preset, an undo) draws at once. Where workers are
// unavailable the work is done here.
import { derivative, toText, traceAutograd } from "../../../core/index.ts";
import { parseFunction } from "./engine.ts";
import { initialFolds, layoutGraph, type GraphLayout } from "./graph-layout.ts";
import { WorkerJob, type JobPort } from "./worker-job.ts";

export interface GraphRequest {
  /** The function as typed: the worker reads it with the same parser, so the graph's node numbers match. */
  text: string;
  vars: readonly string[];
  at: Record<string, number>;
  /** The folded nodes; null for a new function (its initial folds are chosen with its layout). */
  folds: readonly number[] | null;
}
export interface GraphAnswer {
  layout: GraphLayout;
  folds: number[];
  /** ∂f/∂v for each variable as text (null where it could not be taken), for the cross-check. */
  derivatives: (string | null)[] | null;
  /** Milliseconds this answer took to make, wherever it was made (bench:ui prints it). */
  ms: number;
}
export type GraphWorker = JobPort<GraphRequest, GraphAnswer | null>;

/** The layout (and, for a new function, folds and derivatives), computed wherever it runs. */
export function graphAnswer(r: GraphRequest): GraphAnswer | null {
  const t0 = performance.now();
  const p = parseFunction(r.text);
  if (!p.ok) return null;
  const trace = traceAutograd(p.node, r.vars, r.at);
  const folds = r.folds ? new Set(r.folds) : initialFolds(trace);
  const derivatives =
    r.folds === null
      ? r.vars.map((v) => {
          try {
            return toText(derivative(p.node, v));
          } catch {
            return null;
          }
        })
      : null;
  const layout = layoutGraph(trace, folds);
  return { layout, folds: [...folds], derivatives, ms: performance.now() - t0 };
}

/** Graphs of 40 to 60 nodes (larger ones start folded) laid out after the first answer, one per task, so the first functions a teacher types
 *  are not laid out by code the engine has not yet optimised: a first dagre layout takes several times a warm one,
 *  and the next few still about twice (in bench:ui's graph worker: 42, 44, 28, 29, 29, then 15–19 ms; with these
 *  six first, 14–23 ms from the start). The worker lays them out one per task. */
export const GRAPH_WARM_UP: GraphRequest[] = [
  Array.from({ length: 6 }, (_, i) => `sin(${i + 1}x - y)^2 * exp(-x/${i + 2})`).join(" + "),
  Array.from({ length: 7 }, (_, i) => `(x - ${i})^2 * (y + ${i + 1})`).join(" - "),
  Array.from({ length: 6 }, (_, i) => `log(1 + (${i + 2}x - y)^2) / (1 + x^2)`).join(" + "),
  Array.from({ length: 9 }, (_, i) => `cos(x + ${i}y)^${(i % 3) + 2}`).join(" + "),
  Array.from({ length: 6 }, (_, i) => `sqrt(${i + 1} + x^2 + y^2) * tanh(x - ${i})`).join(" + "),
  Array.from({ length: 7 }, (_, i) => `exp(-(x - ${i})^2 - y^2) * ${i + 1}`).join(" - "),
].map((text) => ({ text, vars: ["x", "y"], at: { x: 1, y: 1 }, folds: null }));
/** How long a newer request waits for a busy worker before it is restarted (a 60-node layout takes tens of ms). */
export const GRAPH_PATIENCE_MS = 400;
const KEEP = 16;

/** The graph's job: newest request wins (worker-job.ts), computed here where workers are unavailable. */
export class GraphJob extends WorkerJob<GraphRequest, GraphAnswer | null> {
  /** Answers by request, least recently used first out (an answer is plain data, never changed once made). */
  readonly #kept = new Map<string, GraphAnswer | null>();

  constructor(spawn: () => GraphWorker | null) {
    super(spawn, graphAnswer, { patienceMs: GRAPH_PATIENCE_MS });
  }

  override request(r: GraphRequest, done: (a: GraphAnswer | null) => void): void {
    const key = JSON.stringify([r.text, r.vars, r.folds]);
    const kept = this.#kept.get(key);
    if (kept !== undefined) {
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      this.cancel();
      done(kept);
      return;
    }
    super.request(r, (a) => {
      if (this.#kept.size >= KEEP) this.#kept.delete(this.#kept.keys().next().value!);
      this.#kept.set(key, a);
      done(a);
    });
  }
}
