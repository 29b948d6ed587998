// The neural-network page's settings: what the teacher chooses, the two named presets, the limits each number
// must keep, and the settings as the core's trainer takes them. Plain data, no Svelte: the worker reads it too.
import type { OptimizerConfig } from "../../../core/index.ts";
import { optimizerConfig } from "../lib/engine.ts";
import type { OptimizerName, OptimizerParams } from "../lib/model.ts";
import { DEFAULT_PARAMS } from "../lib/optimizer-params.ts";

export type DatasetKind = "moons" | "circles" | "spirals" | "blobs" | "xor";
export const DATASETS: readonly DatasetKind[] = ["moons", "circles", "spirals", "blobs", "xor"];
export type ActivationName = "tanh" | "relu" | "sigmoid";
export const ACTIVATIONS: readonly ActivationName[] = ["tanh", "relu", "sigmoid"];
/** As PyTorch writes them (nn.Tanh, nn.ReLU, nn.Sigmoid): names, the same in both languages. */
export const ACTIVATION_LABEL: Readonly<Record<ActivationName, string>> = {
  tanh: "tanh",
  relu: "ReLU",
  sigmoid: "sigmoid",
};
export type LossKind = "cross-entropy" | "mse";
export const LOSSES: readonly LossKind[] = ["cross-entropy", "mse"];

export interface NNSettings {
  dataset: DatasetKind;
  /** Standard deviation of the noise added to each point. */
  noise: number;
  /** Share of the points kept aside for testing, in percent. */
  testPercent: number;
  /** How many points the data set has (training and test together). */
  points: number;
  seed: number;
  /** Neurons in each hidden layer (the input has 2, the output one per class). */
  hidden: number[];
  activation: ActivationName;
  loss: LossKind;
  optimizer: OptimizerName;
  lr: number;
  params: OptimizerParams;
  batchSize: number;
}

/** What each number may be; the fields mark anything outside and training keeps the last good value. */
export const LIMITS = {
  noise: { min: 0, max: 0.5, whole: false },
  testPercent: { min: 10, max: 90, whole: true },
  lr: { min: 1e-6, max: 10, whole: false },
  batchSize: { min: 1, max: 500, whole: true },
} as const;
export const MAX_LAYERS = 6;
export const MAX_NEURONS = 8;

export type PresetId = "fast" | "tutorial";

/** The optimizer part of each preset: a quick Adam for toy data (lr 0.01 takes the three spirals, 1¼ turns an
 *  arm, past 90 % training accuracy in about 100 epochs with 8-8-8 tanh; 0.03 wanders around 85 %), and the tutorial's SGD(lr=0.001, momentum=0.9). */
export const PRESETS: Readonly<
  Record<PresetId, Pick<NNSettings, "optimizer" | "lr" | "params" | "batchSize">>
> = {
  fast: { optimizer: "adam", lr: 0.01, params: { ...DEFAULT_PARAMS.adam }, batchSize: 10 },
  tutorial: {
    optimizer: "momentum",
    lr: 0.001,
    params: { ...DEFAULT_PARAMS.momentum, momentum: 0.9 },
    batchSize: 10,
  },
};

export const DEFAULT_SETTINGS: NNSettings = {
  dataset: "spirals",
  noise: 0.1,
  testPercent: 30,
  points: 300,
  seed: 1,
  hidden: [8, 8, 8],
  activation: "tanh",
  loss: "cross-entropy",
  ...PRESETS.fast,
  params: { ...PRESETS.fast.params },
};

/** Which preset the optimizer settings are, if any. */
export function presetOf(s: NNSettings): PresetId | null {
  for (const id of Object.keys(PRESETS) as PresetId[]) {
    const p = PRESETS[id];
    if (
      p.optimizer === s.optimizer &&
      p.lr === s.lr &&
      p.batchSize === s.batchSize &&
      (Object.keys(p.params) as (keyof OptimizerParams)[]).every((k) => p.params[k] === s.params[k])
    )
      return id;
  }
  return null;
}

/** The layer sizes from input to output: [2, …hidden, classes]. */
export const layerSizes = (s: Pick<NNSettings, "hidden">, classes: number): number[] => [
  2,
  ...s.hidden,
  classes,
];

/** The optimizer as torch.optim names it (the shape `minimize` and the trainer accept). */
export const optimizerOf = (s: NNSettings): OptimizerConfig => optimizerConfig(s.optimizer, s.lr, s.params);

/** The speeds offered besides "as fast as it goes", in optimizer steps per second. */
export const SPEEDS: readonly number[] = [1, 5, 20, 100];
