// The toy datasets: deterministic by seed, the sizes and classes asked for, balanced, finite, within bounds.
import { describe, expect, it } from "vitest";
import { DescentError } from "../expr/errors.ts";
import { DATASET_CLASSES, DATASET_KINDS, makeDataset, SPIRAL_RADIUS, SPIRAL_TURNS } from "./datasets.ts";
import { mulberry32 } from "./random.ts";

describe("makeDataset", () => {
  it.each(DATASET_KINDS)("%s: the same seed gives the same points, another seed others", (kind) => {
    const a = makeDataset(kind, { n: 120, noise: 0.1, seed: 7 });
    const b = makeDataset(kind, { n: 120, noise: 0.1, seed: 7 });
    const c = makeDataset(kind, { n: 120, noise: 0.1, seed: 8 });
    expect(a).toEqual(b);
    expect(a.train.x).not.toEqual(c.train.x);
  });

  const sizes: [
    kind: (typeof DATASET_KINDS)[number],
    n: number,
    testFraction: number,
    train: number,
    test: number,
  ][] = [
    ["moons", 200, 0.2, 160, 40],
    ["circles", 101, 0.5, 50, 51],
    ["spirals", 300, 0, 300, 0],
    ["blobs", 10, 0.3, 7, 3],
    ["xor", 2, 0.25, 1, 1],
  ];
  it.each(sizes)("%s n=%i testFraction=%f → %i train, %i test", (kind, n, testFraction, train, test) => {
    const d = makeDataset(kind, { n, testFraction, seed: 1 });
    expect(d.train.y.length).toBe(train);
    expect(d.test.y.length).toBe(test);
    expect(d.train.x.length).toBe(2 * train);
    expect(d.test.x.length).toBe(2 * test);
    expect(d.classes).toBe(DATASET_CLASSES[kind]);
  });

  it.each(DATASET_KINDS)("%s: balanced classes, finite points within [−2, 2]", (kind) => {
    const d = makeDataset(kind, { n: 300, noise: 0.1, seed: 2, testFraction: 0 });
    const counts = new Array<number>(d.classes).fill(0);
    for (const c of d.train.y) counts[c]!++;
    expect(counts).toEqual(new Array<number>(d.classes).fill(300 / d.classes));
    for (const v of d.train.x) expect(Math.abs(v)).toBeLessThan(2);
  });

  it("spirals have three classes, noise 0 puts circles exactly on radii 1 and 0.5", () => {
    expect(makeDataset("spirals").classes).toBe(3);
    const d = makeDataset("circles", { n: 50, noise: 0, testFraction: 0 });
    for (let i = 0; i < 50; i++) {
      const r = Math.hypot(d.train.x[2 * i]!, d.train.x[2 * i + 1]!);
      expect(r).toBeCloseTo(d.train.y[i] === 0 ? 1 : 0.5, 12);
    }
  });

  it("spirals: three arms, each turning over one revolution, a point's angle set by its radius", () => {
    expect(SPIRAL_TURNS).toBeGreaterThanOrEqual(1);
    const d = makeDataset("spirals", { n: 600, noise: 0, testFraction: 0, seed: 3 });
    const turned = [0, 0, 0];
    for (let i = 0; i < 600; i++) {
      const [a, b] = [d.train.x[2 * i]!, d.train.x[2 * i + 1]!];
      const c = d.train.y[i]!;
      const r = Math.hypot(a, b);
      expect(r).toBeLessThanOrEqual(SPIRAL_RADIUS);
      // The angle (from the x₂ axis towards x₁) is the arm's start plus SPIRAL_TURNS revolutions per radius.
      const want = (c * 2 * Math.PI) / 3 + (2 * Math.PI * SPIRAL_TURNS * r) / SPIRAL_RADIUS;
      const off = Math.atan2(a, b) - want;
      expect(Math.abs(off - 2 * Math.PI * Math.round(off / (2 * Math.PI)))).toBeLessThan(1e-9);
      turned[c] = Math.max(turned[c]!, (SPIRAL_TURNS * r) / SPIRAL_RADIUS);
    }
    for (const t of turned) expect(t).toBeGreaterThan(0.95 * SPIRAL_TURNS);
  });

  const bad: [options: Record<string, unknown>, message: RegExp][] = [
    [{ n: 1 }, /n must be a whole number from 2 to 10000 \(got 1\)/],
    [{ n: 10_001 }, /n must be a whole number from 2 to 10000/],
    [{ n: 2.5 }, /got 2\.5/],
    [{ noise: -0.1 }, /noise must be a number from 0 to 1 \(got -0\.1\)/],
    [{ noise: NaN }, /noise must be a number/],
    [{ testFraction: 0.95 }, /testFraction must be a number from 0 to 0\.9/],
    [{ seed: -1 }, /seed must be a whole number/],
  ];
  it.each(bad)("%o is an invalid_option error", (options, message) => {
    const run = () => makeDataset("moons", options as never);
    expect(run).toThrow(DescentError);
    expect(run).toThrow(message);
  });
});

describe("mulberry32", () => {
  it("is deterministic and uniform-looking in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const v = a();
      expect(v).toBe(b());
      expect(v >= 0 && v < 1).toBe(true);
      sum += v;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});
