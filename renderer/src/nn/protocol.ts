// What the page and the training worker say to each other. Every answer carries the generation of the setup it
// belongs to, so a snapshot still on its way from an old network is dropped when it arrives.
import type { Msg } from "../../../core/index.ts";
import type { NNSettings } from "./settings.ts";

export type ToWorker =
  | { type: "setup"; gen: number; settings: NNSettings; grid: number }
  | { type: "play" }
  | { type: "pause" }
  | { type: "step" }
  /** Optimizer steps per second while playing; null: as many as fit. */
  | { type: "speed"; rate: number | null };

/** The points of one split: x point-major (x₁, x₂ of point i at 2i, 2i + 1) and the class of each. */
export interface Points {
  x: Float64Array;
  y: Int32Array;
}

export interface DataMessage {
  type: "data";
  gen: number;
  train: Points;
  test: Points;
  classes: number;
  /** The plane shown: [−extent, extent]² holds every point. */
  extent: number;
  /** Optimizer steps in one epoch (one pass over the training points). */
  stepsPerEpoch: number;
}

/** One Linear layer's parameters in PyTorch's layout: weight [out][in] row-major, then bias [out]. */
export interface LayerWeights {
  in: number;
  out: number;
  weight: Float64Array;
  bias: Float64Array;
}

export interface Snapshot {
  type: "snapshot";
  gen: number;
  steps: number;
  /** Epochs done, with the fraction of the current one. */
  epoch: number;
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
  layers: LayerWeights[];
  /** Class probabilities on a grid×grid lattice over the plane, row by row from the top (x₂ = extent) and
   *  left to right; `classes` values per cell. */
  grid: Float32Array;
  gridSize: number;
}

export type FromWorker =
  | DataMessage
  | Snapshot
  /** `msg` when the core has the sentence in its catalog (a setting it refuses). */
  | { type: "error"; gen: number; message: string; msg?: Msg }
  /** Training stopped at this optimizer step: its loss, or the weights it left, are no longer finite numbers.
   *  No snapshot follows (it would be NaN); the last one stays on screen until the next setup. */
  | { type: "diverged"; gen: number; step: number };
