// The graph's place in the page's queue: the decision as a table over what is still on its way, and each decision
// carried out (a task, the cap, frames then idle, nothing) with its cancel.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  GRAPH_AFTER_FRAMES,
  GRAPH_WAITS_FOR_MAP_MS,
  scheduleGraph,
  whenToAskGraph,
  type GraphWaitsFor,
  type GraphWhen,
} from "./graph-schedule.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("whenToAskGraph", () => {
  // Every combination of the three flags: a new function waits for the panels first, then for the map and the
  // global start (capped), then for frames and idle; the same function (or none) goes at once whatever is pending.
  const cases: [GraphWaitsFor, GraphWhen][] = [];
  for (const newFunction of [false, true])
    for (const panelsPending of [false, true])
      for (const backgroundPending of [false, true])
        cases.push([
          { newFunction, panelsPending, backgroundPending },
          !newFunction
            ? { kind: "soon" }
            : panelsPending
              ? { kind: "not-yet" }
              : backgroundPending
                ? { kind: "capped", ms: GRAPH_WAITS_FOR_MAP_MS }
                : { kind: "idle", frames: GRAPH_AFTER_FRAMES },
        ]);
  it.each(cases)("%o → %o", (state, when) => {
    expect(whenToAskGraph(state)).toStrictEqual(when);
  });

  it("the cap is a second and the map gets two frames (the figures bench:ui was measured with)", () => {
    expect([GRAPH_WAITS_FOR_MAP_MS, GRAPH_AFTER_FRAMES]).toStrictEqual([1000, 2]);
  });
});

describe("scheduleGraph", () => {
  it("soon: after a task; cancelled first, never", () => {
    vi.useFakeTimers();
    let runs = 0;
    scheduleGraph({ kind: "soon" }, () => runs++);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
    scheduleGraph({ kind: "soon" }, () => runs++)();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  it("capped: not a millisecond before the cap; cancelled (the map done), never", () => {
    vi.useFakeTimers();
    let runs = 0;
    scheduleGraph({ kind: "capped", ms: 1000 }, () => runs++);
    vi.advanceTimersByTime(999);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    const cancel = scheduleGraph({ kind: "capped", ms: 1000 }, () => runs++);
    vi.advanceTimersByTime(500);
    cancel();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  it("not-yet: nothing runs, whatever time passes", () => {
    vi.useFakeTimers();
    let runs = 0;
    scheduleGraph({ kind: "not-yet" }, () => runs++)();
    vi.runAllTimers();
    expect(runs).toBe(0);
  });

  it("idle: after the frames, then when the page is idle; the cancel reaches the idle callback", () => {
    const frames: (() => void)[] = [];
    const idle: (() => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal("requestAnimationFrame", (f: () => void) => frames.push(f));
    vi.stubGlobal("cancelAnimationFrame", () => {});
    let asked = 0;
    vi.stubGlobal("requestIdleCallback", (f: () => void) => (idle.push(f), ++asked));
    vi.stubGlobal("cancelIdleCallback", (id: number) => cancelled.push(id));
    let runs = 0;
    scheduleGraph({ kind: "idle", frames: 2 }, () => runs++);
    frames.shift()!();
    expect(idle).toHaveLength(0);
    frames.shift()!();
    expect([idle.length, runs]).toStrictEqual([1, 0]);
    idle.shift()!();
    expect(runs).toBe(1);
    // Cancelled while waiting for the page to be idle: the idle callback asked for (the second) is cancelled.
    const cancel = scheduleGraph({ kind: "idle", frames: 2 }, () => runs++);
    frames.shift()!();
    frames.shift()!();
    cancel();
    expect(cancelled).toStrictEqual([2]);
  });
});
