import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TrainingLoop } from "./train-loop.ts";
import type { FromWorker, Snapshot } from "./protocol.ts";
import { DEFAULT_SETTINGS, type NNSettings } from "./settings.ts";
import { DEFAULT_PARAMS } from "../lib/optimizer-params.ts";

/** A loop that records what it posts, on a clock that moves 1 ms each time it is read (or the fake timers'). */
function harness(now?: () => number) {
  const posts: FromWorker[] = [];
  let clock = 0;
  const loop = new TrainingLoop((m) => posts.push(m), now ?? (() => (clock += 1)));
  const snapshots = () => posts.filter((m): m is Snapshot => m.type === "snapshot");
  return { loop, posts, snapshots };
}
const settings = (over: Partial<NNSettings> = {}): NNSettings => ({ ...DEFAULT_SETTINGS, ...over });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("TrainingLoop", () => {
  it.each([
    // [dataset, hidden layers, classes]
    ["spirals", [8, 8, 8], 3],
    ["moons", [4], 2],
    ["xor", [], 2],
  ] as const)(
    "%s through %j: the data, then a snapshot of the untrained network",
    (dataset, hidden, classes) => {
      const { loop, posts, snapshots } = harness();
      loop.handle({ type: "setup", gen: 1, settings: settings({ dataset, hidden: [...hidden] }), grid: 8 });
      const data = posts[0]!;
      expect(data.type).toBe("data");
      if (data.type !== "data") return;
      expect(data.classes).toBe(classes);
      expect(data.train.y.length + data.test.y.length).toBe(300);
      expect(data.test.y.length).toBe(90);
      for (const split of [data.train, data.test])
        for (const v of split.x) expect(Math.abs(v)).toBeLessThanOrEqual(data.extent);
      const [s] = snapshots();
      expect(s!.steps).toBe(0);
      expect(s!.grid.length).toBe(8 * 8 * classes);
      expect(s!.layers.map((l) => [l.in, l.out])).toEqual(
        [2, ...hidden, classes].slice(1).map((out, i) => [[2, ...hidden][i], out]),
      );
      // Each grid cell's probabilities add up to 1 (softmax).
      expect(s!.grid.slice(0, classes).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    },
  );

  it("Step takes one optimizer step; Play keeps stepping; Pause stops and posts where it stopped", () => {
    const { loop, snapshots } = harness();
    loop.handle({ type: "setup", gen: 1, settings: settings(), grid: 4 });
    loop.handle({ type: "step" });
    expect(snapshots().at(-1)!.steps).toBe(1);
    loop.handle({ type: "play" });
    vi.advanceTimersByTime(50);
    loop.handle({ type: "pause" });
    const last = snapshots().at(-1)!;
    expect(last.steps).toBeGreaterThan(1);
    expect(last.epoch).toBeCloseTo(last.steps / Math.ceil(210 / 10), 12);
    vi.advanceTimersByTime(50);
    expect(snapshots().at(-1)!.steps).toBe(last.steps);
  });

  it("at a set rate it takes the steps that are due", () => {
    const { loop, snapshots } = harness(() => Date.now());
    loop.handle({ type: "setup", gen: 1, settings: settings(), grid: 4 });
    loop.handle({ type: "speed", rate: 5 });
    loop.handle({ type: "play" });
    vi.advanceTimersByTime(1000);
    // Five steps a second, each shown (a snapshot after every step at so slow a rate).
    expect(snapshots().map((s) => s.steps)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("a run that diverges stops at that step and says so, and posts no snapshot with NaN in it", () => {
    const { loop, posts, snapshots } = harness();
    const wild = settings({
      loss: "mse",
      optimizer: "momentum",
      lr: 10,
      params: { ...DEFAULT_PARAMS.momentum },
    });
    loop.handle({ type: "setup", gen: 3, settings: wild, grid: 4 });
    loop.handle({ type: "play" });
    vi.advanceTimersByTime(2000);
    const stop = posts.find((m) => m.type === "diverged");
    expect(stop).toMatchObject({ type: "diverged", gen: 3 });
    if (stop?.type !== "diverged") return;
    expect(stop.step).toBeGreaterThan(0);
    for (const s of snapshots()) {
      expect(s.steps).toBeLessThan(stop.step);
      for (const v of [s.trainLoss, s.testLoss, s.trainAcc, s.testAcc]) expect(Number.isFinite(v)).toBe(true);
    }
    // Stopped: time passes, Pause, Step and Play post no snapshot, only the divergence again.
    const before = posts.length;
    vi.advanceTimersByTime(500);
    loop.handle({ type: "pause" });
    loop.handle({ type: "step" });
    loop.handle({ type: "play" });
    expect(posts.slice(before).map((m) => m.type)).toEqual(["diverged", "diverged"]);
    // A new setup starts afresh.
    loop.handle({ type: "setup", gen: 4, settings: settings(), grid: 4 });
    loop.handle({ type: "step" });
    expect(snapshots().at(-1)).toMatchObject({ gen: 4, steps: 1 });
  });

  it("a batch larger than the training set is the whole set", () => {
    const { loop, posts } = harness();
    loop.handle({ type: "setup", gen: 1, settings: settings({ batchSize: 500 }), grid: 4 });
    expect(posts[0]!.type === "data" && posts[0]!.stepsPerEpoch).toBe(1);
  });

  it("a setting the core refuses is posted with the core's message, for the UI's language", () => {
    const { loop, posts } = harness();
    loop.handle({ type: "setup", gen: 7, settings: settings({ noise: 5 }), grid: 4 });
    const e = posts[0]!;
    expect(e.type).toBe("error");
    if (e.type !== "error") return;
    expect(e.gen).toBe(7);
    expect(e.msg?.id).toMatch(/^nn\./);
  });
});
