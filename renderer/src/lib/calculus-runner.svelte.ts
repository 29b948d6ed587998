// Runs calculus in a Web Worker and keeps the latest answer as state. While a new answer is on its way the
// previous one stays on screen, marked stale, so the panel never flickers to empty between keystrokes. A job that
// a newer keystroke supersedes is stopped (calculus-job.ts). Where workers are unavailable (or fail to start, e.g.
// under file:// in some shells) it computes on the main thread.
import type { Node } from "../../../core/index.ts";
import { AnswerGate } from "./answer-gate.ts";
import { CalculusJob, type CalculusWorker, type Latest } from "./calculus-job.ts";
import { workerOrNull } from "./worker-job.ts";

const spawn = (): CalculusWorker | null =>
  workerOrNull(() => new Worker(new URL("./calculus.worker.ts", import.meta.url), { type: "module" }));

export class CalculusRunner {
  /** The text the view belongs to, and the view. */
  latest = $state<Latest | null>(null);
  /** The answer before the latest: still the one to show while a newer function waits for its runs. */
  previous = $state<Latest | null>(null);
  /** The answer for `text`, else the newest answer not for `not` (the function still waiting to be shown). */
  shownFor = (text: string, not?: string): Latest | null =>
    [this.latest, this.previous].find((l) => l?.text === text) ??
    [this.latest, this.previous].find((l) => l !== null && l.text !== not) ??
    null;
  #jobs = new CalculusJob(spawn);
  /** The text last asked for (asked again, it is not computed twice). */
  #asked: string | null = null;
  /** Called after each answer is shown (the session then asks for what depends on it). An answer that comes while
   *  `gate` is shut waits for it to open (answer-gate.ts). */
  constructor(
    private readonly answered: () => void = () => {},
    private readonly gate = new AnswerGate(),
  ) {}

  /** `node` is the parsed text, null when it does not parse: then nothing is computed and nothing shown. */
  request(text: string, node: Node | null) {
    if (!node) {
      this.#asked = null;
      this.#jobs.stop();
      this.#keep({ text, view: null });
      return;
    }
    if (text === this.#asked) return;
    this.#asked = text;
    const asked = performance.now();
    this.#jobs.request(text, (view) => {
      // For bench:ui: how long the worker took to answer (its round trip), the floor under "all panels".
      performance.clearMarks?.("calculus:answered");
      performance.mark?.("calculus:answered", { detail: performance.now() - asked });
      this.gate.pass(() => {
        this.#keep({ text, view });
        this.answered();
      });
    });
  }

  #keep(l: Latest) {
    if (this.latest?.text !== l.text) this.previous = this.latest;
    this.latest = l;
  }
}
