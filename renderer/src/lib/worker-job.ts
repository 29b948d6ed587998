// The newest request wins, for work done in a Web Worker: one job at a time, and a job that a newer request
// supersedes is stopped (its worker terminated, a fresh one started for the next). Where workers are unavailable
// or fail, `compute` does the work here. Plain TypeScript (no runes), tested without a browser. Calculus, the
// graph's layout and the contour map use it.
// A job given `patienceMs` keeps its worker warm instead: a newer request waits (only the newest) for the busy
// worker up to that long, and only a job that runs past it is stopped. Starting a worker again costs a module load
// and a cold JIT on both threads, more than a short job (the graph's layout) takes to finish. `patienceMs: Infinity`
// (gradient descent and the global start: their runs are bounded) never stops the busy worker.

export interface JobPort<Req, Ans> {
  postMessage(message: { id: number; request: Req }): void;
  terminate(): void;
  onmessage: ((e: { data: { id: number; answer: Ans } }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

interface Job<Req, Ans> {
  id: number;
  request: Req;
  done: (a: Ans) => void;
}

/**
 * A worker from `make` (which must say `new Worker(new URL("./x.worker.ts", import.meta.url), …)` itself, so the
 * bundler sees the worker), or null where there are no workers (the unit tests, some shells): the job then
 * computes here.
 */
export function workerOrNull<Req, Ans>(make: () => Worker): JobPort<Req, Ans> | null {
  return typeof Worker === "undefined" ? null : (make() as unknown as JobPort<Req, Ans>);
}

export class WorkerJob<Req, Ans> {
  #worker: JobPort<Req, Ans> | null = null;
  #failed = false;
  #id = 0;
  #pending: Job<Req, Ans> | null = null;
  /** The newest request, waiting for the busy worker (with `patienceMs` only). */
  #queued: Job<Req, Ans> | null = null;
  #patience: ReturnType<typeof setTimeout> | undefined;
  /** Workers stopped because a newer request came while they were busy (for tests). */
  restarts = 0;

  constructor(
    private readonly spawn: () => JobPort<Req, Ans> | null,
    private readonly compute: (request: Req) => Ans,
    private readonly options: { patienceMs?: number } = {},
  ) {}

  /** `done` is called once with the answer, unless a newer request (or cancel) comes first. */
  request(request: Req, done: (a: Ans) => void): void {
    const job = { id: ++this.#id, request, done };
    const patience = this.options.patienceMs ?? 0;
    if (patience > 0 && this.#pending && this.#worker) {
      this.#queued = job;
      if (Number.isFinite(patience)) this.#patience ??= setTimeout(() => this.#outOfPatience(), patience);
      return;
    }
    this.#stopBusy();
    this.#post(job);
  }

  #post(job: Job<Req, Ans>): void {
    const worker = this.#ensureWorker();
    if (!worker) {
      if (job.id === this.#id) job.done(this.compute(job.request));
      return;
    }
    this.#pending = job;
    worker.postMessage({ id: job.id, request: job.request });
  }

  /** The busy job ran past the patience: stopped, and the waiting request goes to a fresh worker. */
  #outOfPatience(): void {
    this.#patience = undefined;
    const next = this.#queued;
    this.#queued = null;
    if (!next) return;
    this.#stopBusy();
    this.#post(next);
  }

  /** Forget the pending request. */
  cancel(): void {
    this.#id++;
    this.#queued = null;
  }

  /** Forget the pending request, and stop a worker still busy on it (a fresh one takes the next request). */
  stop(): void {
    this.cancel();
    this.#stopBusy();
  }

  /** Superseded mid-job: a worker cannot be interrupted, only stopped. */
  #stopBusy(): void {
    // Never out of patience (patienceMs: Infinity): the busy worker is left to finish, its answer unheard.
    if (this.options.patienceMs === Infinity && this.#pending && this.#worker) return;
    if (this.#pending && this.#worker) {
      this.#worker.terminate();
      this.#worker = null;
      this.restarts++;
    }
    this.#pending = null;
    clearTimeout(this.#patience);
    this.#patience = undefined;
  }

  /** Stop the worker for good (the component that owns the job is gone). */
  dispose(): void {
    this.cancel();
    clearTimeout(this.#patience);
    this.#patience = undefined;
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending = null;
  }

  #ensureWorker(): JobPort<Req, Ans> | null {
    if (this.#failed) return null;
    if (this.#worker) return this.#worker;
    let w: JobPort<Req, Ans> | null;
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
      if (w !== this.#worker || !p || e.data.id !== p.id) return;
      this.#pending = null;
      clearTimeout(this.#patience);
      this.#patience = undefined;
      if (p.id === this.#id) p.done(e.data.answer);
      const next = this.#queued;
      this.#queued = null;
      if (next) this.#post(next);
    };
    w.onerror = () => {
      if (w !== this.#worker) return;
      // Fall back for good, and answer the pending request here.
      this.#failed = true;
      w.terminate();
      this.#worker = null;
      const p = this.#queued ?? this.#pending;
      this.#pending = this.#queued = null;
      if (p && p.id === this.#id) p.done(this.compute(p.request));
    };
    this.#worker = w;
    return w;
  }
}
