import { describe, expect, it } from "vitest";
import { appendPoint, type HistoryPoint } from "./nn-session.svelte.ts";

const point = (epoch: number): HistoryPoint => ({
  epoch,
  trainLoss: 1,
  testLoss: 1,
  trainAcc: 0,
  testAcc: 0,
});

describe("appendPoint", () => {
  it.each([
    // [epochs so far, the new epoch, epochs after]
    [[], 0, [0]],
    [[0, 0.5], 1, [0, 0.5, 1]],
    [[0, 0.5], 0.5, [0, 0.5]],
  ] as const)("%j + %d", (before, e, after) => {
    expect(appendPoint(before.map(point), point(e)).map((p) => p.epoch)).toEqual(after);
  });

  it("a full curve keeps every other point, the first and the newest", () => {
    let h: HistoryPoint[] = [];
    for (let i = 0; i < 601; i++) h = appendPoint(h, point(i));
    expect(h.length).toBeLessThanOrEqual(600);
    expect(h[0]!.epoch).toBe(0);
    expect(h.at(-1)!.epoch).toBe(600);
  });
});
