import { describe, expect, it } from "vitest";
import { parse } from "../../../core/expr/parser.ts";
import { DescentJob, descentAnswer, type DescentAnswer, type DescentRequest } from "./descent-job.ts";
import { descend, descentOutcome, type DescentSettings } from "./engine.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import type { OptimizerName } from "./model.ts";
import { FakeWorker } from "../../test-support/fake-worker.ts";

const settings = (optimizer: OptimizerName, change: Partial<DescentSettings> = {}): DescentSettings => ({
  x0: [10],
  optimizer,
  lr: 0.02,
  params: DEFAULT_PARAMS[optimizer],
  tol: 1e-3,
  maxIter: 1000,
  color: "#000",
  ...change,
});

// The worker's answer, posted (structuredClone, as postMessage copies it) and read back, is the run the panel
// showed when it ran on the main thread: same rows, same words.
const cases: { text: string; vars: string[]; runs: DescentSettings[] }[] = [
  { text: "x^2 - 4x", vars: ["x"], runs: [settings("sgd")] },
  { text: "x^2 - 4x", vars: ["x"], runs: [settings("sgd", { forgetZeroGrad: true })] },
  {
    text: "sin(x) + x^2/10",
    vars: ["x"],
    runs: [settings("adam"), settings("momentum"), settings("rmsprop")],
  },
  {
    text: "(1 - x)^2 + 100(y - x^2)^2",
    vars: ["x", "y"],
    runs: [settings("sgd", { x0: [-1, 1], lr: 0.001 })],
  },
  { text: "x^2", vars: ["x"], runs: [settings("sgd", { lr: 3 })] }, // diverges
  { text: "x^2", vars: ["x"], runs: [settings("sgd", { lr: -1 })] }, // a setting it cannot start from
];

describe("descentAnswer: the runs as the panel shows them, computed wherever", () => {
  it.each(cases)("$text ($runs.0.optimizer, ${runs.length} runs)", ({ text, vars, runs }) => {
    const answer = structuredClone(descentAnswer({ text, runs }));
    expect(answer).toHaveLength(runs.length);
    answer!.forEach((d, i) => {
      const here = descend(parse(text), vars, runs[i]!);
      const there = descentOutcome(d);
      expect(there.ok).toBe(here.ok);
      if (!there.ok || !here.ok) return expect(there).toEqual(here);
      const { row: _a, ...a } = there.run;
      const { row: _b, ...b } = here.run;
      expect(a).toEqual(b);
      for (let k = 0; k <= here.run.iterations; k += Math.max(1, here.run.iterations >> 3))
        expect(there.run.row(k)).toEqual(here.run.row(k));
    });
  });

  it("none for a typo or more than two variables", () => {
    expect(descentAnswer({ text: "x +", runs: [settings("sgd")] })).toBeNull();
    expect(descentAnswer({ text: "x + y + z", runs: [settings("sgd", { x0: [1, 1, 1] })] })).toBeNull();
  });
});

describe("DescentJob: the newest settings win, in one warm worker", () => {
  const setup = () => {
    const workers: FakeWorker<DescentRequest, DescentAnswer>[] = [];
    const jobs = new DescentJob(() => {
      const w = new FakeWorker<DescentRequest, DescentAnswer>(descentAnswer);
      workers.push(w);
      return w;
    });
    const shown: DescentAnswer[] = [];
    const ask = (text: string) => jobs.request({ text, runs: [settings("sgd")] }, (a) => shown.push(a));
    return { jobs, workers, shown, ask };
  };
  const answer = (text: string) => descentAnswer({ text, runs: [settings("sgd")] });

  it("requests made while a run is going wait for it; only the newest is run next, and only its answer shown", () => {
    const { jobs, workers, shown, ask } = setup();
    for (const text of ["x^2", "x^2 -", "x^2 - 4", "x^2 - 4x"]) ask(text);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((m) => m.request.text)).toEqual(["x^2"]);
    workers[0]!.answer(); // the superseded run ends: its answer is dropped, the newest request goes next
    expect(shown).toEqual([]);
    expect(workers[0]!.posted.map((m) => m.request.text)).toEqual(["x^2", "x^2 - 4x"]);
    workers[0]!.answer();
    expect(shown).toEqual([answer("x^2 - 4x")]);
    expect(workers[0]!.terminated).toBe(false);
    expect(jobs.restarts).toBe(0);
  });

  it("stop forgets both the running request and the waiting one, and keeps the worker", () => {
    const { jobs, workers, shown, ask } = setup();
    ask("x^2");
    ask("x^4");
    jobs.stop();
    workers[0]!.answer();
    expect(shown).toEqual([]);
    expect(workers[0]!.posted).toHaveLength(1);
    ask("x^2 - 4x");
    workers[0]!.answer();
    expect(shown).toEqual([answer("x^2 - 4x")]);
    expect(workers).toHaveLength(1);
  });

  it("a worker that fails answers the newest request here", () => {
    const { workers, shown, ask } = setup();
    ask("x^2");
    ask("x^2 - 4x");
    workers[0]!.onerror?.(new Error("no module workers"));
    expect(shown).toEqual([answer("x^2 - 4x")]);
  });
});
