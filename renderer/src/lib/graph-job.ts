// The computational graph's heavy part off the main thread: dagre's layout (hundreds of ms for 60 nodes on a busy
// machine) and the symbolic derivatives of the cross-check. Like latest-job.ts for calculus, the newest request
// wins: one job at a time, and a job that a newer request supersedes is stopped (its worker terminated). Plain
// TypeScript (no runes), tested without a browser; where workers are unavailable the work is done here.
import { derivative, toText, traceAutograd } from "../../../core/index.ts";
import { parseFunction } from "./engine.ts";
import { initialFolds, layoutGraph, type GraphLayout } from "./graph-layout.ts";

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
export interface GraphWorker {
  postMessage(message: { id: number; request: GraphRequest }): void;
  terminate(): void;
  onmessage: ((e: { data: { id: number; answer: GraphAnswer | null } }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

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

export class GraphJob {
  #worker: GraphWorker | null = null;
  #failed = false;
  #id = 0;
  #pending: { id: number; request: GraphRequest; done: (a: GraphAnswer | null) => void } | null = null;
  /** Workers stopped because a newer request came while they were busy (for tests). */
  restarts = 0;

  constructor(private readonly spawn: () => GraphWorker | null) {}

  /** `done` is called once with the answer, unless a newer request comes first. */
  request(request: GraphRequest, done: (a: GraphAnswer | null) => void): void {
    const id = ++this.#id;
    if (this.#pending && this.#worker) {
      this.#worker.terminate();
      this.#worker = null;
      this.restarts++;
    }
    this.#pending = null;
    const worker = this.#ensureWorker();
    if (!worker) {
      done(graphAnswer(request));
      return;
    }
    this.#pending = { id, request, done };
    worker.postMessage({ id, request });
  }

  /** Forget the pending request (the graph was cleared). */
  cancel(): void {
    this.#id++;
  }

  #ensureWorker(): GraphWorker | null {
    if (this.#failed) return null;
    if (this.#worker) return this.#worker;
    let w: GraphWorker | null;
    try {
      w = this.spawn();
    } catch {
      w = null;
    }
    if (!w) {
      this.#failed = true;
      return null;
    }
    w.onmessage = (e) => {
      const p = this.#pending;
      if (w !== this.#worker || !p || e.data.id !== this.#id || p.id !== e.data.id) return;
      this.#pending = null;
      p.done(e.data.answer);
    };
    w.onerror = () => {
      if (w !== this.#worker) return;
      this.#failed = true;
      w.terminate();
      this.#worker = null;
      const p = this.#pending;
      this.#pending = null;
      if (p && p.id === this.#id) p.done(graphAnswer(p.request));
    };
    this.#worker = w;
    return w;
  }
}
