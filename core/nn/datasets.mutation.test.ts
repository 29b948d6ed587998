// The toy datasets where `npm run mutation core/nn/datasets.ts` found them loose: each clean shape's geometry
// (noise 0), noise as an added σ·N(0, 1) on the same draws, the split as the tail of one shuffled order, the
// defaults, and an unknown kind.
import { describe, expect, it } from "vitest";
import { DATASET_DEFAULTS, makeDataset, type DatasetKind } from "./datasets.ts";

const clean = (kind: DatasetKind, n = 600, seed = 4) =>
  makeDataset(kind, { n, noise: 0, seed, testFraction: 0 }).train;
const rows = (p: { x: Float64Array; y: Int32Array }) =>
  Array.from(p.y, (c, i) => ({ c, a: p.x[2 * i]!, b: p.x[2 * i + 1]! }));

describe("the clean shapes (noise 0)", () => {
  it("moons: class 0 on the upper unit half circle about (−0.5, −0.25), class 1 on the lower one about (0.5, 0.25)", () => {
    const pts = rows(clean("moons"));
    for (const { c, a, b } of pts) {
      const [u, v] = c === 0 ? [a + 0.5, b + 0.25] : [0.5 - a, 0.25 - b];
      expect(Math.abs(Math.hypot(u, v) - 1)).toBeLessThan(1e-12);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    // The half circles are covered end to end: both sides of each centre.
    for (const c of [0, 1]) {
      const us = pts.filter((p) => p.c === c).map((p) => (c === 0 ? p.a + 0.5 : 0.5 - p.a));
      expect([Math.min(...us) < -0.95, Math.max(...us) > 0.95]).toStrictEqual([true, true]);
    }
  });

  it("circles: every angle round the circle is reached", () => {
    const pts = rows(clean("circles"));
    const quadrants = new Set(pts.map(({ c, a, b }) => `${c}${Math.sign(a)}${Math.sign(b)}`));
    expect(quadrants.size).toBe(8);
  });

  it("blobs: three clusters about 0.8·(cos t, sin t), t = π/2 + 2πc/3, spread 0.2", () => {
    const pts = rows(clean("blobs", 3000));
    for (const c of [0, 1, 2]) {
      const mine = pts.filter((p) => p.c === c);
      const t = Math.PI / 2 + (2 * Math.PI * c) / 3;
      const mean = [mine.reduce((s, p) => s + p.a, 0) / 1000, mine.reduce((s, p) => s + p.b, 0) / 1000];
      // The mean of 1000 draws with σ = 0.2 lies within 0.03 (five standard errors) of the centre.
      expect(Math.hypot(mean[0]! - 0.8 * Math.cos(t), mean[1]! - 0.8 * Math.sin(t))).toBeLessThan(0.03);
      const spread = Math.sqrt(mine.reduce((s, p) => s + (p.a - mean[0]!) ** 2, 0) / 1000);
      expect(Math.abs(spread - 0.2)).toBeLessThan(0.02);
    }
  });

  it("xor: class 0 where x·y > 0, class 1 where x·y < 0, 0.05 to 1 from the axes, all four quadrants", () => {
    const pts = rows(clean("xor"));
    for (const { c, a, b } of pts) {
      expect(Math.sign(a * b)).toBe(c === 0 ? 1 : -1);
      for (const v of [a, b]) expect(Math.abs(v) >= 0.05 && Math.abs(v) < 1).toBe(true);
    }
    const corners = new Set(pts.map(({ a, b }) => `${Math.sign(a)}${Math.sign(b)}`));
    expect(corners.size).toBe(4);
    const far = pts.map(({ a, b }) => Math.max(Math.abs(a), Math.abs(b)));
    expect([Math.min(...far) < 0.2, Math.max(...far) > 0.95]).toStrictEqual([true, true]);
  });
});

describe("noise, split and defaults", () => {
  it.each(["moons", "circles", "spirals", "blobs", "xor"] as const)(
    "%s: noise σ adds σ times the same normal draws to every coordinate",
    (kind) => {
      const base = clean(kind, 200, 9);
      const draws = (noise: number) =>
        Array.from(
          makeDataset(kind, { n: 200, noise, seed: 9, testFraction: 0 }).train.x,
          (v, i) => (v - base.x[i]!) / noise,
        );
      const a = draws(0.1);
      const b = draws(0.4);
      a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThan(1e-9));
      const variance = a.reduce((s, v) => s + v * v, 0) / a.length;
      expect(Math.abs(variance - 1)).toBeLessThan(0.25);
    },
  );

  it("the test set is the tail of the one shuffled order, the train set its head", () => {
    const all = makeDataset("spirals", { n: 99, seed: 6, testFraction: 0 }).train;
    const split = makeDataset("spirals", { n: 99, seed: 6, testFraction: 0.3 });
    expect([split.train.y.length, split.test.y.length]).toStrictEqual([69, 30]);
    expect([...split.train.x, ...split.test.x]).toStrictEqual([...all.x]);
    expect([...split.train.y, ...split.test.y]).toStrictEqual([...all.y]);
    // Shuffled: the classes do not come in turn 0, 1, 2, … as they were drawn.
    expect([...all.y].every((c, i) => c === i % 3)).toBe(false);
  });

  it("no options are the defaults", () => {
    expect(makeDataset("moons")).toStrictEqual(makeDataset("moons", { ...DATASET_DEFAULTS }));
    expect(makeDataset("moons").train.y.length).toBe(
      DATASET_DEFAULTS.n * (1 - DATASET_DEFAULTS.testFraction),
    );
  });

  it("an unknown kind is refused by name", () => {
    expect(() => makeDataset("stars" as DatasetKind)).toThrow(new Error("unknown dataset stars"));
  });
});
