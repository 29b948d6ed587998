// The toy datasets of the neural-network lesson, generated from a seed: two moons, circles, three-class spirals,
// blobs and XOR. Points lie roughly in [−1.5, 1.5]²; `noise` is the standard deviation of Gaussian noise added
// to each coordinate. Classes are balanced (point i belongs to class i mod classes before shuffling), then the
// points are shuffled and the last ⌊n·testFraction⌉ become the test set.

import { mulberry32, normal, shuffleInPlace } from "./random.ts";
import { checkNumber, checkWhole, MAX_POINTS } from "./limits.ts";

export type DatasetKind = "moons" | "circles" | "spirals" | "blobs" | "xor";
export const DATASET_KINDS: readonly DatasetKind[] = ["moons", "circles", "spirals", "blobs", "xor"];
export const DATASET_CLASSES: Readonly<Record<DatasetKind, number>> = {
  moons: 2,
  circles: 2,
  spirals: 3,
  blobs: 3,
  xor: 2,
};

/** Points as rows of x (two numbers each) and their class labels. */
export interface Points {
  x: Float64Array;
  y: Int32Array;
}
export interface Dataset {
  train: Points;
  test: Points;
  classes: number;
}
export interface DatasetOptions {
  /** Number of points, train and test together. */
  n?: number;
  noise?: number;
  seed?: number;
  testFraction?: number;
}
export const DATASET_DEFAULTS = { n: 300, noise: 0.1, seed: 1, testFraction: 0.2 } as const;

/** The spirals' outer radius and the revolutions each arm turns. */
export const SPIRAL_RADIUS = 1.4;
export const SPIRAL_TURNS = 1.25;

/** One point of class `c` (of `classes`) on the clean shape, before noise. */
type Shape = (c: number, rand: () => number) => [number, number];

const SHAPES: Readonly<Record<DatasetKind, Shape>> = {
  // Two interleaved half circles (scikit-learn's make_moons), centred on the origin.
  moons: (c, rand) => {
    const t = Math.PI * rand();
    return c === 0 ? [Math.cos(t) - 0.5, Math.sin(t) - 0.25] : [0.5 - Math.cos(t), 0.25 - Math.sin(t)];
  },
  // An inner circle of radius 0.5 (class 1) inside an outer one of radius 1 (class 0).
  circles: (c, rand) => {
    const t = 2 * Math.PI * rand();
    const r = c === 0 ? 1 : 0.5;
    return [r * Math.cos(t), r * Math.sin(t)];
  },
  // Three interleaved arms winding out from the centre (as CS231n's and TensorFlow Playground's spirals): each
  // arm turns SPIRAL_TURNS revolutions while its radius grows from 0 to SPIRAL_RADIUS, the arms a third of a turn
  // apart, so neighbouring arms lie SPIRAL_RADIUS / (3·SPIRAL_TURNS) ≈ 0.37 apart along any ray.
  spirals: (c, rand) => {
    const s = rand();
    const r = SPIRAL_RADIUS * s;
    const t = (c * 2 * Math.PI) / 3 + 2 * Math.PI * SPIRAL_TURNS * s;
    return [r * Math.sin(t), r * Math.cos(t)];
  },
  // Three Gaussian blobs on a circle of radius 0.8 (spread 0.2 besides the noise).
  blobs: (c, rand) => {
    const t = (c * 2 * Math.PI) / 3 + Math.PI / 2;
    return [0.8 * Math.cos(t) + 0.2 * normal(rand), 0.8 * Math.sin(t) + 0.2 * normal(rand)];
  },
  // Points in the four quadrants of [−1, 1]², kept 0.05 from the axes; class 1 where x·y < 0.
  xor: (c, rand) => {
    const a = 0.05 + 0.95 * rand();
    const b = 0.05 + 0.95 * rand();
    const flip = rand() < 0.5 ? 1 : -1;
    return c === 0 ? [flip * a, flip * b] : [flip * a, -flip * b];
  },
};

export function makeDataset(kind: DatasetKind, options: DatasetOptions = {}): Dataset {
  const shape = SHAPES[kind];
  if (shape === undefined) throw new Error(`unknown dataset ${String(kind)}`);
  const n = checkWhole("n", options.n ?? DATASET_DEFAULTS.n, 2, MAX_POINTS);
  const noise = checkNumber("noise", options.noise ?? DATASET_DEFAULTS.noise, 0, 1);
  const seed = checkWhole("seed", options.seed ?? DATASET_DEFAULTS.seed, 0, 2 ** 32 - 1);
  const testFraction = checkNumber(
    "testFraction",
    options.testFraction ?? DATASET_DEFAULTS.testFraction,
    0,
    0.9,
  );
  const classes = DATASET_CLASSES[kind];
  const rand = mulberry32(seed);
  const x = new Float64Array(2 * n);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    const [a, b] = shape(c, rand);
    x[2 * i] = a + noise * normal(rand);
    x[2 * i + 1] = b + noise * normal(rand);
    y[i] = c;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  shuffleInPlace(order, rand);
  const nTest = Math.round(n * testFraction);
  const pick = (from: number, to: number): Points => {
    const px = new Float64Array(2 * (to - from));
    const py = new Int32Array(to - from);
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      px[2 * (k - from)] = x[2 * i]!;
      px[2 * (k - from) + 1] = x[2 * i + 1]!;
      py[k - from] = y[i]!;
    }
    return { x: px, y: py };
  };
  return { train: pick(0, n - nTest), test: pick(n - nTest, n), classes };
}
