// Runs calculus in a Web Worker and keeps the latest answer as state. While a new answer is on its way the
// previous one stays on screen, marked stale, so the panel never flickers to empty between keystrokes. A job that
// a newer keystroke supersedes is stopped (latest-job.ts). Where workers are unavailable (or fail to start, e.g.
// under file:// in some shells) it computes on the main thread.
import type { Node } from "../../../core/index.ts";
import { calculusView } from "./calculus-adapter.ts";
import { LatestJob, type JobWorker, type Latest } from "./latest-job.ts";

const spawn = (): JobWorker | null =>
  typeof Worker === "undefined"
    ? null
    : (new Worker(new URL("./calculus.worker.ts", import.meta.url), {
        type: "module",
      }) as unknown as JobWorker);

export class CalculusRunner {
  /** The text the view belongs to, and the view. */
  latest = $state<Latest | null>(null);
  #jobs = new LatestJob(spawn, calculusView, (l) => (this.latest = l));

  request(text: string, node: Node | null) {
    this.#jobs.request(text, node);
  }
}
