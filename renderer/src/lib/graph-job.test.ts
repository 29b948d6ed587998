import { describe, expect, it, vi } from "vitest";
import {
  GRAPH_PATIENCE_MS,
  GRAPH_WARM_UP,
  GraphJob,
  graphAnswer,
  type GraphAnswer,
  type GraphRequest,
} from "./graph-job.ts";
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

describe("GRAPH_WARM_UP: the layouts the worker makes after its first answer", () => {
  // A warm-up that stopped parsing or shrank would warm nothing and fail silently in the worker (it swallows errors).
  it.each(GRAPH_WARM_UP.map((r) => [r.text.slice(0, 40), r] as const))(
    "%s…: parses, is laid out whole (no folds), with 40 to 60 nodes, and its derivatives taken",
    (_, r) => {
      const a = graphAnswer(r);
      expect(a).not.toBeNull();
      expect(a!.folds).toStrictEqual([]);
      expect(a!.layout.nodes.length).toBeGreaterThanOrEqual(40);
      expect(a!.layout.nodes.length).toBeLessThanOrEqual(60);
      expect(a!.derivatives!.every((d) => d !== null)).toBe(true);
    },
  );
});

describe("GraphJob: the newest request wins, on one warm worker", () => {
  const setup = () => {
    const workers: Fake[] = [];
    const job = new GraphJob(() => {
      const w = fake();
      workers.push(w);
      return w;
    });
    const got: [string, GraphAnswer | null][] = [];
    const ask = (text: string) => job.request(req(text), (a) => got.push([text, a]));
    return { job, workers, got, ask };
  };

  it("a request while the worker is busy waits for it (only the newest), and no worker is restarted", () => {
    const { job, workers, got, ask } = setup();
    ask("x^2");
    ask("x^2 - x");
    ask("x^2 - 4x");
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((m) => m.request.text)).toEqual(["x^2"]);
    workers[0]!.answer(); // the superseded answer is not shown; the newest request goes to the same worker
    expect(workers[0]!.posted.map((m) => m.request.text)).toEqual(["x^2", "x^2 - 4x"]);
    workers[0]!.answer();
    expect(got.map(([t]) => t)).toEqual(["x^2 - 4x"]);
    expect(got[0]![1]!.derivatives).toEqual(["2x - 4"]);
    expect(job.restarts).toBe(0);
  });

  it("a job running past the patience is stopped, the waiting request goes to a fresh worker", () => {
    vi.useFakeTimers();
    try {
      const { job, workers, got, ask } = setup();
      ask("x^2");
      ask("x^2 - 4x");
      vi.advanceTimersByTime(GRAPH_PATIENCE_MS);
      expect(workers).toHaveLength(2);
      expect(workers[0]!.terminated).toBe(true);
      expect(job.restarts).toBe(1);
      workers[0]!.answer(); // a late answer from the stopped worker is ignored
      workers[1]!.answer();
      expect(got.map(([t]) => t)).toEqual(["x^2 - 4x"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a function asked for again is answered at once from the answers kept, without the worker", () => {
    const { workers, got, ask } = setup();
    ask("x^2");
    workers[0]!.answer();
    ask("x^2 - 4x");
    workers[0]!.answer();
    ask("x^2");
    expect(workers[0]!.posted).toHaveLength(2);
    expect(got.map(([t]) => t)).toEqual(["x^2", "x^2 - 4x", "x^2"]);
    expect(got[2]![1]).toBe(got[0]![1]);
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
