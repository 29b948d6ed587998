// The newest request wins, for work done in a Web Worker: one job at a time, and a job that a newer request
// supersedes is stopped (its worker terminated, a fresh one started for the next). Where workers are unavailable
// or fail, `compute` does the work here. Plain TypeScript (no runes), tested without a browser. Calculus, the
// graph's layout and the contour map use it.
// With `restart: false` (gradient descent: its runs are bounded, and starting a worker costs more than finishing
// one) a busy worker is kept warm instead: the newest request waits for it, requests in between are dropped, and
// the superseded job's answer is thrown away.

export interface JobPort<Req, Ans> {
  postMessage(message: { id: number; request: Req }): void;
  terminate(): void;
  onmessage: ((e: { data: { id: number; answer: Ans } }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export class WorkerJob<Req, Ans> {
  #worker: JobPort<Req, Ans> | null = null;
  #failed = false;
  #id = 0;
  #pending: Job<Req, Ans> | null = null;
  /** restart: false — the newest request, waiting for the busy worker. */
  #next: Job<Req, Ans> | null = null;
  /** Workers stopped because a newer request came while they were busy (for tests). */
  restarts = 0;

  constructor(
    private readonly spawn: () => JobPort<Req, Ans> | null,
    private readonly compute: (request: Req) => Ans,
    private readonly options: { restart?: boolean } = {},
  ) {}

  /** `done` is called once with the answer, unless a newer request (or cancel) comes first. */
  request(request: Req, done: (a: Ans) => void): void {
    const id = ++this.#id;
    if (this.options.restart === false && this.#pending && this.#worker) {
      this.#next = { id, request, done };
      return;
    }
    this.#stopBusy();
    const worker = this.#ensureWorker();
    if (!worker) {
      done(this.compute(request));
      return;
    }
    this.#pending = { id, request, done };
    worker.postMessage({ id, request });
  }

  /** Forget the pending request. */
  cancel(): void {
    this.#id++;
  }

  /** Forget the pending request, and stop a worker still busy on it (a fresh one takes the next request). */
  stop(): void {
    this.#id++;
    this.#stopBusy();
  }

  /** Superseded mid-job: a worker cannot be interrupted, only stopped (or, kept warm, left to finish unheard). */
  #stopBusy(): void {
    this.#next = null;
    if (this.options.restart === false) return;
    if (this.#pending && this.#worker) {
      this.#worker.terminate();
      this.#worker = null;
      this.restarts++;
    }
    this.#pending = null;
  }

  /** Stop the worker for good (the component that owns the job is gone). */
  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending = null;
    this.#next = null;
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
      if (this.options.restart === false) {
        // Kept warm: the worker is free again, for the request that waited (if it is still the newest).
        this.#pending = null;
        const next = this.#next;
        this.#next = null;
        if (next && next.id === this.#id) {
          this.#pending = next;
          w.postMessage({ id: next.id, request: next.request });
        } else if (p.id === this.#id) p.done(e.data.answer);
        return;
      }
      if (p.id !== this.#id) return;
      this.#pending = null;
      p.done(e.data.answer);
    };
    w.onerror = () => {
      if (w !== this.#worker) return;
      // Fall back for good, and answer the pending request here.
      this.#failed = true;
      w.terminate();
      this.#worker = null;
      const p = this.#next ?? this.#pending;
      this.#pending = null;
      this.#next = null;
      if (p && p.id === this.#id) p.done(this.compute(p.request));
    };
    this.#worker = w;
    return w;
  }
}

interface Job<Req, Ans> {
  id: number;
  request: Req;
  done: (a: Ans) => void;
}
