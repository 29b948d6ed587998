// Runs gradient descent in a Web Worker and keeps the latest answer as state, as calculus-runner.svelte.ts does:
// while a new answer is on its way the previous runs stay on screen (the panel marked busy), and a request that a
// newer one supersedes is stopped. Where workers are unavailable it computes on the main thread, at once. The
// start that reaches the global minimum, asked for when a run is trapped, is kept the same way.
import { DescentJob, type DescentRequest, type DescentWorker } from "./descent-job.ts";
import { GlobalStartJob, type GlobalStartRequest, type GlobalStartWorker } from "./global-start-job.ts";
import { descentOutcome, type DescentOutcome } from "./engine.ts";
import { workerOrNull } from "./worker-job.ts";
import { AnswerGate } from "./answer-gate.ts";

const spawn = (): DescentWorker | null =>
  workerOrNull(() => new Worker(new URL("./descent.worker.ts", import.meta.url), { type: "module" }));

const spawnStart = (): GlobalStartWorker | null =>
  workerOrNull(() => new Worker(new URL("./global-start.worker.ts", import.meta.url), { type: "module" }));

export interface LatestRuns {
  /** The request the runs answer (descentKey), its variables, and the runs. */
  key: string;
  vars: readonly string[];
  outcomes: DescentOutcome[];
}

export class DescentRunner {
  latest = $state.raw<LatestRuns | null>(null);
  #jobs = new DescentJob(spawn);
  #asked: string | null = null;
  /** Called after each answer is shown (the session then asks for what depends on it). An answer that comes while
   *  `gate` is shut waits for it to open (answer-gate.ts). */
  constructor(
    private readonly answered: () => void = () => {},
    private readonly gate = new AnswerGate(),
  ) {}

  /** Asks for the runs of `request` unless they are already asked for; null asks for none (nothing to run). */
  request(key: string, vars: readonly string[], request: DescentRequest | null) {
    if (key === this.#asked) return;
    this.#asked = key;
    if (!request) {
      this.#jobs.stop();
      this.latest = { key, vars, outcomes: [] };
      return;
    }
    this.#jobs.request(request, (answer) =>
      this.gate.pass(() => {
        this.latest = { key, vars, outcomes: (answer ?? []).map(descentOutcome) };
        this.answered();
      }),
    );
  }
}

export class GlobalStartRunner {
  /** The request's key and its answer. */
  latest = $state.raw<{ key: string; start: number[] | null } | null>(null);
  #jobs = new GlobalStartJob(spawnStart);
  #asked: string | null = null;

  request(key: string, request: GlobalStartRequest | null) {
    if (key === this.#asked) return;
    this.#asked = key;
    if (!request) {
      this.#jobs.stop();
      this.latest = null;
      return;
    }
    this.#jobs.request(request, (start) => (this.latest = { key, start }));
  }
}

/** The key of a request: equal keys ask for the same runs. */
export const descentKey = (r: DescentRequest | null) => (r ? JSON.stringify(r) : "");
