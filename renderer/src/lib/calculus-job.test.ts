import { describe, expect, it } from "vitest";
import { parse } from "../../../core/expr/parser.ts";
import { calculusView } from "./calculus-adapter.ts";
import { CalculusJob, calculusAnswer, type CalculusWorker } from "./calculus-job.ts";
import type { MethodView } from "./model.ts";
import { FakeWorker } from "../../test-support/fake-worker.ts";

const view = (text: string): MethodView => ({ status: "minimum", steps: [], reason: text });
type Fake = FakeWorker<string, MethodView | null>;

function setup(spawn: () => CalculusWorker | null = () => new FakeWorker<string, MethodView | null>(view)) {
  const workers: Fake[] = [];
  const shown: (MethodView | null)[] = [];
  const jobs = new CalculusJob(() => {
    const w = spawn();
    if (w) workers.push(w as Fake);
    return w;
  });
  const ask = (text: string) => jobs.request(text, (v) => shown.push(v));
  return { jobs, ask, workers, shown };
}
const reasons = (shown: (MethodView | null)[]) => shown.map((v) => v?.reason);

describe("CalculusJob: the newest keystroke wins", () => {
  it("a job still running when the next request comes is stopped; the new one goes to a fresh worker", () => {
    const { jobs, ask, workers, shown } = setup();
    ask("heavy");
    ask("x^2");
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([{ id: 2, request: "x^2" }]);
    workers[1]!.answer();
    expect(reasons(shown)).toEqual(["x^2"]);
    expect(jobs.restarts).toBe(1);
  });

  it("a late answer from a stopped worker is never shown", () => {
    const { ask, workers, shown } = setup();
    ask("heavy");
    ask("x^2");
    workers[0]!.answer();
    expect(shown).toEqual([]);
  });

  it("an idle worker is kept: typing after an answer costs no restart", () => {
    const { jobs, ask, workers, shown } = setup();
    for (const text of ["x", "x^", "x^2"]) {
      ask(text);
      workers[0]!.answer();
    }
    expect(workers).toHaveLength(1);
    expect(jobs.restarts).toBe(0);
    expect(reasons(shown)).toEqual(["x", "x^", "x^2"]);
  });

  it("stop (a text without a function) stops a busy worker and forgets its job", () => {
    const { jobs, ask, workers, shown } = setup();
    ask("heavy");
    jobs.stop();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.answer();
    expect(shown).toEqual([]);
  });

  it("no workers (or one that fails): computed here, the pending request answered", () => {
    const none = setup(() => null);
    none.ask("x^2");
    expect(none.shown).toEqual([calculusAnswer("x^2")]);
    const failing = setup();
    failing.ask("x^2");
    failing.workers[0]!.onerror?.(new Error("no module workers"));
    expect(failing.shown).toEqual([calculusAnswer("x^2")]);
    failing.ask("x^3");
    expect(failing.workers).toHaveLength(1); // fallen back for good
  });

  it("the answer: calculus of the parsed text, none for a typo or more than two variables", () => {
    expect(calculusAnswer("x^2")).toEqual(calculusView(parse("x^2")));
    expect(calculusAnswer("x +")).toBeNull();
    expect(calculusAnswer("x + y + z")).toBeNull();
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
