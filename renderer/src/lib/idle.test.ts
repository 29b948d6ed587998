// whenIdle: runs once when the page is idle (requestIdleCallback with a deadline), or after a task where there is
// no such callback; the cancel it returns stops it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./idle.ts";

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
