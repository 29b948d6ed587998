// The seeded stream where `npm run mutation core/nn/random.ts` found it loose: mulberry32 against the reference
// C code written out again in BigInt arithmetic modulo 2³² (a second implementation that shares no shifts or
// Math.imul with the first), Box–Muller at its ends, and Fisher–Yates giving every order (not only cycles).
import { describe, expect, it } from "vitest";
import { mulberry32, normal, shuffleInPlace } from "./random.ts";

/** Tommy Ettinger's mulberry32, as its C source reads, on BigInts masked to 32 bits after every step. */
function reference(seed: number): () => number {
  const M = 0xffffffffn;
  let state = BigInt(seed >>> 0);
  return () => {
    state = (state + 0x6d2b79f5n) & M;
    let z = state;
    z = ((z ^ (z >> 15n)) * (z | 1n)) & M;
    z = (z ^ ((z + (((z ^ (z >> 7n)) * (z | 61n)) & M)) & M)) & M;
    return Number(z ^ (z >> 14n)) / 2 ** 32;
  };
}
/** A stream that answers the given numbers in turn. */
const scripted = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe("mulberry32", () => {
  it.each([0, 1, 42, 2 ** 31, 2 ** 32 - 1, -1, 0x9e3779b9])(
    "seed %s: the reference stream, bit for bit",
    (seed) => {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 2000; i++) expect(ours()).toBe(theirs());
    },
  );
});

describe("normal (Box–Muller)", () => {
  it("√(−2 ln u)·cos(2πv) with u = 1 − the first draw, v the second", () => {
    for (const [r1, r2] of [
      [0.25, 0.5],
      [0.9, 0.1],
      [0.5, 0.75],
    ] as const)
      expect(normal(scripted([r1, r2]))).toBe(Math.sqrt(-2 * Math.log(1 - r1)) * Math.cos(2 * Math.PI * r2));
  });

  it("a first draw of 0 gives 0, not an infinity; draws near 1 give a large but finite value", () => {
    expect(normal(scripted([0, 0])) === 0).toBe(true);
    expect(Number.isFinite(normal(scripted([1 - 2 ** -53, 0])))).toBe(true);
  });
});

describe("shuffleInPlace (Fisher–Yates)", () => {
  it("draws of 0 rotate the array by one; draws just under 1 leave it as it is; one element stays", () => {
    const a = Int32Array.of(0, 1, 2, 3, 4);
    shuffleInPlace(a, scripted([0]));
    expect([...a]).toStrictEqual([1, 2, 3, 4, 0]);
    const b = Int32Array.of(0, 1, 2, 3, 4);
    shuffleInPlace(b, scripted([1 - 2 ** -53]));
    expect([...b]).toStrictEqual([0, 1, 2, 3, 4]);
    const one = Int32Array.of(7);
    shuffleInPlace(one, () => 0.5);
    expect([...one]).toStrictEqual([7]);
  });

  it("an array of n takes n − 1 draws (none for the last, which could only swap with itself)", () => {
    for (const n of [1, 2, 5]) {
      const used = mulberry32(3);
      shuffleInPlace(
        Int32Array.from({ length: n }, (_, i) => i),
        used,
      );
      const fresh = mulberry32(3);
      for (let k = 0; k < n - 1; k++) fresh();
      expect(used()).toBe(fresh());
    }
  });

  it("every order of three comes out about equally often", () => {
    const rand = mulberry32(12);
    const counts = new Map<string, number>();
    for (let k = 0; k < 6000; k++) {
      const a = Int32Array.of(0, 1, 2);
      shuffleInPlace(a, rand);
      counts.set(a.join(""), (counts.get(a.join("")) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toStrictEqual(["012", "021", "102", "120", "201", "210"]);
    // Each count is 1000 ± 31 (binomial); 150 is about five standard deviations.
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});
