import { describe, expect, it } from "vitest";
import { parse } from "../../../core/expr/parser.ts";
import type { Node } from "../../../core/expr/node.ts";
import { calculusView } from "./calculus-adapter.ts";
import { LatestJob, type JobWorker, type Latest, type Reply } from "./latest-job.ts";
import type { MethodView } from "./model.ts";

/** A worker that answers only when the test says so, and records what happened to it. */
class FakeWorker implements JobWorker {
  onmessage: ((e: { data: Reply }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  posted: { id: number; text: string }[] = [];
  terminated = false;
  postMessage(m: { id: number; text: string }) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(i = this.posted.length - 1) {
    const m = this.posted[i]!;
    this.onmessage?.({ data: { ...m, view: view(m.text) } });
  }
}
const view = (text: string): MethodView => ({ status: "minimum", steps: [], reason: text });

function setup(spawn: () => JobWorker | null = () => new FakeWorker()) {
  const workers: FakeWorker[] = [];
  const shown: Latest[] = [];
  const jobs = new LatestJob(
    () => {
      const w = spawn();
      if (w) workers.push(w as FakeWorker);
      return w;
    },
    (node: Node) => view(`here:${node.id}`),
    (l) => shown.push(l),
  );
  return { jobs, workers, shown };
}
const x2 = parse("x^2");

describe("LatestJob: the newest keystroke wins", () => {
  it("a job still running when the next request comes is stopped; the new one goes to a fresh worker", () => {
    const { jobs, workers, shown } = setup();
    jobs.request("heavy", x2);
    jobs.request("x^2", x2);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([{ id: 2, text: "x^2" }]);
    workers[1]!.answer();
    expect(shown.map((l) => l.text)).toEqual(["x^2"]);
    expect(jobs.restarts).toBe(1);
  });

  it("a late answer from a stopped worker is never shown", () => {
    const { jobs, workers, shown } = setup();
    jobs.request("heavy", x2);
    jobs.request("x^2", x2);
    workers[0]!.answer();
    expect(shown).toEqual([]);
  });

  it("an idle worker is kept: typing after an answer costs no restart", () => {
    const { jobs, workers, shown } = setup();
    for (const text of ["x", "x^", "x^2"]) {
      jobs.request(text, x2);
      workers[0]!.answer();
    }
    expect(workers).toHaveLength(1);
    expect(jobs.restarts).toBe(0);
    expect(shown.map((l) => l.text)).toEqual(["x", "x^", "x^2"]);
  });

  it("a request without a function shows nothing at once and stops a busy worker", () => {
    const { jobs, workers, shown } = setup();
    jobs.request("heavy", x2);
    jobs.request("x +", null);
    expect(workers[0]!.terminated).toBe(true);
    expect(shown).toEqual([{ text: "x +", view: null }]);
  });

  it("no workers (or one that fails): computed here, the pending request answered", () => {
    const none = setup(() => null);
    none.jobs.request("x^2", x2);
    expect(none.shown).toEqual([{ text: "x^2", view: view(`here:${x2.id}`) }]);
    const failing = setup();
    failing.jobs.request("x^2", x2);
    failing.workers[0]!.onerror?.(new Error("no module workers"));
    expect(failing.shown).toEqual([{ text: "x^2", view: view(`here:${x2.id}`) }]);
    failing.jobs.request("x^3", x2);
    expect(failing.workers).toHaveLength(1); // fallen back for good
  });
});

describe("calculusView in its work budget", () => {
  it("a heavy input is a too_complex view (never an error out of the worker, which would end the worker for good)", () => {
    const product = Array.from({ length: 12 }, (_, i) => `v${i}`).join("*");
    const v = calculusView(parse(product));
    expect(v).toMatchObject({ status: "unsupported", reason: { id: "budget.vars" } });
    const nested = calculusView(parse("sin(".repeat(400) + "x" + ")".repeat(400)));
    expect(nested).toMatchObject({ status: "unsupported", reason: { id: "budget.nodes" } });
  });
});
