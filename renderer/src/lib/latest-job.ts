// The newest keystroke wins: one calculus job at a time in a worker, and a job that a newer request supersedes is
// stopped (the worker is terminated and a fresh one started), so after a heavy input the next answer comes as fast
// as if the heavy one had never been typed. Plain TypeScript (no runes), so the logic is tested without a browser;
// calculus-runner.svelte.ts holds the state the panel reads.
import type { Node } from "../../../core/index.ts";
import type { MethodView } from "./model.ts";

export interface Reply {
  id: number;
  text: string;
  view: MethodView | null;
}
/** What we need of a Worker. */
export interface JobWorker {
  postMessage(message: { id: number; text: string }): void;
  terminate(): void;
  onmessage: ((e: { data: Reply }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}
export interface Latest {
  text: string;
  view: MethodView | null;
}

export class LatestJob {
  #worker: JobWorker | null = null;
  #failed = false;
  #id = 0;
  /** The request the worker is computing now, if any. */
  #pending: { id: number; text: string; node: Node } | null = null;
  /** Workers stopped because a newer request came while they were busy (for tests and the bench). */
  restarts = 0;

  constructor(
    /** A new worker, or null where workers are unavailable (then everything is computed here). */
    private readonly spawn: () => JobWorker | null,
    private readonly compute: (node: Node) => MethodView,
    private readonly show: (latest: Latest) => void,
  ) {}

  request(text: string, node: Node | null): void {
    const id = ++this.#id;
    if (this.#pending && this.#worker) {
      // Superseded mid-job: a worker cannot be interrupted, only stopped.
      this.#worker.terminate();
      this.#worker = null;
      this.restarts++;
    }
    this.#pending = null;
    if (!node) {
      this.show({ text, view: null });
      return;
    }
    const worker = this.#ensureWorker();
    if (!worker) {
      this.show({ text, view: this.compute(node) });
      return;
    }
    this.#pending = { id, text, node };
    worker.postMessage({ id, text });
  }

  #ensureWorker(): JobWorker | null {
    if (this.#failed) return null;
    if (this.#worker) return this.#worker;
    let w: JobWorker | null;
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
      if (w !== this.#worker || e.data.id !== this.#id) return;
      this.#pending = null;
      this.show({ text: e.data.text, view: e.data.view });
    };
    w.onerror = () => {
      if (w !== this.#worker) return;
      // Fall back for good, and answer the pending request here.
      this.#failed = true;
      w.terminate();
      this.#worker = null;
      const p = this.#pending;
      this.#pending = null;
      if (p) this.show({ text: p.text, view: this.compute(p.node) });
    };
    this.#worker = w;
    return w;
  }
}
