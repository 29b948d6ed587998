// The computational graph's heavy part off the main thread: dagre's layout (hundreds of ms for 60 nodes on a busy
// machine) and the symbolic derivatives of the cross-check. The newest request wins (worker-job.ts); where
// workers are unavailable the work is done here.
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
}
export type GraphWorker = JobPort<GraphRequest, GraphAnswer | null>;

/** The layout (and, for a new function, folds and derivatives), computed wherever it runs. */
export function graphAnswer(r: GraphRequest): GraphAnswer | null {
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
  return { layout: layoutGraph(trace, folds), folds: [...folds], derivatives };
}

/** The graph's job: newest request wins (worker-job.ts), computed here where workers are unavailable. */
export class GraphJob extends WorkerJob<GraphRequest, GraphAnswer | null> {
  constructor(spawn: () => GraphWorker | null) {
    super(spawn, graphAnswer);
  }
}
