import { describe, expect, it } from "vitest";
import { GraphJob, graphAnswer, type GraphAnswer, type GraphRequest } from "./graph-job.ts";
import { initialFolds, layoutGraph } from "./graph-layout.ts";
import { FakeWorker } from "../../test-support/fake-worker.ts";
import { parseFunction } from "./engine.ts";
import { traceAutograd } from "../../../core/index.ts";

type Fake = FakeWorker<GraphRequest, GraphAnswer | null>;
const fake = (): Fake => new FakeWorker(graphAnswer);
const req = (text: string, folds: number[] | null = null): GraphRequest => ({
  text,
  vars: ["x"],
  at: { x: 10 },
  folds,
});

describe("graphAnswer: what the worker sends back", () => {
  it("the same layout as on the main thread, initial folds and the derivatives as text", () => {
    const a = graphAnswer(req("x^2 - 4x"))!;
    const p = parseFunction("x^2 - 4x");
    const trace = traceAutograd(p.ok ? p.node : (null as never), ["x"], { x: 10 });
    expect(a.layout).toEqual(layoutGraph(trace, initialFolds(trace)));
    expect(a.folds).toEqual([]);
    expect(a.derivatives).toEqual(["2x - 4"]);
    // a fold request keeps the folds asked for and does not take derivatives again
    expect(graphAnswer(req("x^2 - 4x", [1]))!.folds).toEqual([1]);
    expect(graphAnswer(req("x^2 - 4x", [1]))!.derivatives).toBeNull();
    expect(graphAnswer(req("x^2 +"))).toBeNull();
  });
});

describe("GraphJob: the newest request wins", () => {
  it("a job superseded while running is stopped and never answers; the newest does", () => {
    const workers: Fake[] = [];
    const job = new GraphJob(() => {
      const w = fake();
      workers.push(w);
      return w;
    });
    const got: [string, GraphAnswer | null][] = [];
    job.request(req("x^2"), (a) => got.push(["x^2", a]));
    job.request(req("x^2 - 4x"), (a) => got.push(["x^2 - 4x", a]));
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(job.restarts).toBe(1);
    workers[0]!.answer(); // a late answer from the stopped worker is ignored
    workers[1]!.answer();
    expect(got.map(([t]) => t)).toEqual(["x^2 - 4x"]);
    expect(got[0]![1]!.derivatives).toEqual(["2x - 4"]);
  });

  it("cancel drops the pending answer; without workers the answer comes at once", () => {
    const w = fake();
    const job = new GraphJob(() => w);
    let calls = 0;
    job.request(req("x^2"), () => calls++);
    job.cancel();
    w.answer();
    expect(calls).toBe(0);
    const here = new GraphJob(() => null);
    let answer: GraphAnswer | null = null;
    here.request(req("x^2"), (a) => (answer = a));
    expect(answer!.derivatives).toEqual(["2x"]);
  });
});
