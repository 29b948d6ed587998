// The neural-network lesson's core: a small tensor layer on the same reverse-mode autograd as
// core/diff/tensor.ts, toy datasets from a seed, and a trainer that applies the core's torch.optim rules.
//
//   const data = makeDataset("spirals", { n: 300, noise: 0.1, seed: 1, testFraction: 0.2 });
//   //   → { train: { x: Float64Array(2n′), y: Int32Array(n′) }, test: {…}, classes: 3 }
//   const t = new Trainer(
//     { layers: [2, 16, 16, 3], activation: "tanh", loss: "cross-entropy",
//       optimizer: { name: "sgd", lr: 0.1, momentum: 0.9 },   // same options as the minimize op
//       batchSize: 10, shuffle: true, seed: 1 },
//     data.train,
//     weights?,                       // PyTorch layout [W1 rows [out][in], b1, W2, b2, …], else seeded init
//   );
//   t.step();                          // one optimizer step on the next batch → that batch's loss
//   t.epoch();                         // to the end of the current pass → the losses of its steps
//   t.steps; t.epochs;                 // counters since the last reset
//   t.evaluate(data.test.x, data.test.y);   // → { loss, accuracy }, no graph
//   t.predict(gridXY);                 // → rows × classes scores in [0, 1] (softmax; clamped outputs for mse)
//   t.weights();                       // → PyTorch layout, fresh arrays
//   t.reset(); t.reset(seed);          // back to the initial weights, or new ones from seed
//
// Initial weights follow PyTorch's default for nn.Linear (uniform ±1/√fan_in for weights and biases) from a
// seeded mulberry32 stream (not torch's stream: parity tests pass torch's weights explicitly). Limits on sizes
// (MAX_* in limits.ts) bound the work of any one request; breaking one is a DescentError with a catalog message.

export { makeDataset, DATASET_KINDS, DATASET_CLASSES, DATASET_DEFAULTS } from "./datasets.ts";
export type { DatasetKind, Dataset, DatasetOptions, Points } from "./datasets.ts";
export { ACTIVATIONS, type Activation } from "./kernels.ts";
export { Trainer, LOSSES, TUTORIAL_OPTIMIZER, TOY_OPTIMIZER } from "./train.ts";
export type { LossName, TrainConfig, Evaluation } from "./train.ts";
export { Network, parameterCount, type Weights } from "./network.ts";
export { MAX_POINTS, MAX_WIDTH, MAX_LINEAR, MAX_EPOCHS, MAX_STEPS, MAX_WORK } from "./limits.ts";
export {
  matrix,
  linear,
  matmul,
  addBias,
  activate,
  logSoftmax,
  nllLoss,
  crossEntropy,
  mseLoss,
} from "./tensor-ops.ts";
export { mulberry32 } from "./random.ts";
export { trainRequest, type TrainAnswer } from "./request.ts";
export { diverged, divergedAt } from "./diverged.ts";
