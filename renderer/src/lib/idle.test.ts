// whenIdle: runs once when the page is idle (requestIdleCallback with a deadline), or after a task where there is
// no such callback; the cancel it returns stops it. afterFrames: after so many animation frames, cancellable at
// every stage (and the cancel reaches what the run started).
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFrames, whenIdle } from "./idle.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("whenIdle", () => {
  it("asks requestIdleCallback with the deadline, runs once, and cancels through cancelIdleCallback", () => {
    const asked: { run: () => void; timeout: number }[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal("requestIdleCallback", (run: () => void, o: { timeout: number }) =>
      asked.push({ run, timeout: o.timeout }),
    );
    vi.stubGlobal("cancelIdleCallback", (id: number) => cancelled.push(id));
    let runs = 0;
    const cancel = whenIdle(() => runs++, 300);
    expect(asked.map((a) => a.timeout)).toStrictEqual([300]);
    asked[0]!.run();
    expect(runs).toBe(1);
    cancel();
    expect(cancelled).toStrictEqual([1]);
    whenIdle(() => runs++);
    expect(asked[1]!.timeout).toBe(500);
  });

  it("without requestIdleCallback: after a task, unless cancelled first", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestIdleCallback", undefined);
    let runs = 0;
    whenIdle(() => runs++);
    expect(runs).toBe(0);
    vi.runAllTimers();
    expect(runs).toBe(1);
    const cancel = whenIdle(() => runs++);
    cancel();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });
});

describe("afterFrames", () => {
  /** A stand-in for the animation frames: each `tick()` runs the callbacks asked for before it. */
  function frames() {
    let queue = new Map<number, () => void>();
    let next = 1;
    vi.stubGlobal("requestAnimationFrame", (f: () => void) => (queue.set(next, f), next++));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => queue.delete(id));
    return {
      tick() {
        const now = queue;
        queue = new Map();
        for (const f of now.values()) f();
      },
      get waiting() {
        return queue.size;
      },
    };
  }

  it.each([0, 1, 2, 3])("runs after %i frames, not one sooner", (n) => {
    const f = frames();
    let runs = 0;
    afterFrames(n, () => void runs++);
    for (let i = 0; i < n; i++) {
      expect(runs).toBe(0);
      f.tick();
    }
    expect(runs).toBe(1);
    expect(f.waiting).toBe(0);
  });

  it("cancelled while waiting for a frame: never runs, and no frame is left asked for", () => {
    const f = frames();
    let runs = 0;
    const cancel = afterFrames(2, () => void runs++);
    f.tick();
    cancel();
    expect(f.waiting).toBe(0);
    f.tick();
    expect(runs).toBe(0);
  });

  it("cancelled after it ran: the cancel the run returned is called", () => {
    const f = frames();
    let stopped = 0;
    const cancel = afterFrames(1, () => () => void stopped++);
    f.tick();
    expect(stopped).toBe(0);
    cancel();
    expect(stopped).toBe(1);
  });

  it("without animation frames: after a task, unless cancelled first", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", undefined);
    let runs = 0;
    afterFrames(2, () => void runs++);
    expect(runs).toBe(0);
    vi.runAllTimers();
    expect(runs).toBe(1);
    const cancel = afterFrames(2, () => void runs++);
    cancel();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });
});
