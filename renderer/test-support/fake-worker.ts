// A worker for WorkerJob's tests: it answers only when the test says so, and records what happened to it.
import type { JobPort } from "../src/lib/worker-job.ts";

export class FakeWorker<Req, Ans> implements JobPort<Req, Ans> {
  onmessage: JobPort<Req, Ans>["onmessage"] = null;
  onerror: JobPort<Req, Ans>["onerror"] = null;
  posted: { id: number; request: Req }[] = [];
  terminated = false;

  constructor(private readonly reply: (request: Req) => Ans) {}

  postMessage(m: { id: number; request: Req }) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answer the i-th request (by default the last). */
  answer(i = this.posted.length - 1) {
    const m = this.posted[i]!;
    // Cloned, as a real worker's message is: classes do not survive the trip.
    this.onmessage?.({ data: { id: m.id, answer: structuredClone(this.reply(m.request)) } });
  }
}
