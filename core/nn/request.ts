// The `train` request of `descent batch`, read and answered:
//
//   {"op":"train","layers":[2,8,3],"activation":"tanh","weights":[W1,b1,W2,b2],"data":{"x":[[…],…],"y":[…]},
//    "loss":"cross-entropy","optimizer":{"name":"sgd","lr":0.1,"momentum":0.9},"batchSize":10,"epochs":3,
//    "shuffle":false}
//   → {"losses":[one per optimizer step],"accuracy":…,"weights":[final, same layout]}
//     and, when a loss is no longer a finite number, "diverged":{"step":k} (the first such step, from 1)
//
// weights are optional (without them: PyTorch's default initialisation from "seed", default 0), as are
// activation (tanh), loss (cross-entropy), batchSize (all points), epochs (1), shuffle (false) and seed.
// The optimizer takes every option the minimize op does. Everything a user can get wrong is a DescentError
// naming the field; the limits of limits.ts bound the work. A run that diverges (too large an lr) is still an
// answer, as in PyTorch: its losses become NaN, which JSON writes as null; "diverged" says where that began.

import { msg } from "../messages/index.ts";
import type { OptimizerConfig } from "../methods/optimizers.ts";
import { ACTIVATIONS } from "./kernels.ts";
import {
  checkLayers,
  checkOneOf,
  checkWhole,
  checkWork,
  fail,
  MAX_EPOCHS,
  MAX_POINTS,
  MAX_STEPS,
  MAX_WORK,
} from "./limits.ts";
import { parameterCount, type Weights } from "./network.ts";
import { LOSSES, Trainer } from "./train.ts";
import { divergedAt } from "./diverged.ts";

export interface TrainAnswer {
  losses: number[];
  accuracy: number;
  weights: Weights;
  /** The first optimizer step whose loss is not finite (too large an lr), when there is one. */
  diverged?: { step: number };
}

const get = (req: Readonly<Record<string, unknown>>, key: string): unknown =>
  Object.hasOwn(req, key) ? req[key] : undefined;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? "nothing" : String(JSON.stringify(v)).slice(0, 40));

export function trainRequest(req: Readonly<Record<string, unknown>>): TrainAnswer {
  const layers = checkLayers(get(req, "layers"));
  const activation = checkOneOf("activation", get(req, "activation") ?? "tanh", ACTIVATIONS);
  const loss = checkOneOf("loss", get(req, "loss") ?? "cross-entropy", LOSSES);
  // The optimizer's own checks (createOptimizer) name a wrong option; "sgd" alone reads as {"name": "sgd"}.
  const given = get(req, "optimizer");
  const optimizer = isObject(given) ? given : { name: given };
  const shuffle = get(req, "shuffle") ?? false;
  if (typeof shuffle !== "boolean") fail(msg("opt.boolean", { key: "shuffle", got: show(shuffle) }));
  const seed = checkWhole("seed", get(req, "seed") ?? 0, 0, 2 ** 32 - 1);
  const epochs = checkWhole("epochs", get(req, "epochs") ?? 1, 0, MAX_EPOCHS);

  const data = get(req, "data");
  const xs = isObject(data) ? data["x"] : undefined;
  const ys = isObject(data) ? data["y"] : undefined;
  if (!Array.isArray(xs) || !Array.isArray(ys) || xs.length !== ys.length || xs.length === 0)
    fail(
      msg("nn.points", {
        x: "data.x",
        y: "data.y",
        nx: Array.isArray(xs) ? String(xs.length) : show(xs),
        ny: Array.isArray(ys) ? String(ys.length) : show(ys),
      }),
    );
  const n = xs.length;
  checkWork(msg("nn.what.points"), n, MAX_POINTS);
  const batchSize = checkWhole("batchSize", get(req, "batchSize") ?? n, 1, MAX_POINTS);
  const steps = epochs * Math.ceil(n / Math.min(batchSize, n));
  checkWork(msg("nn.what.steps"), steps, MAX_STEPS);
  checkWork(msg("nn.what.work"), n * epochs * parameterCount(layers), MAX_WORK);

  const d = layers[0]!;
  const classes = layers[layers.length - 1]!;
  const x = new Float64Array(n * d);
  const y = new Int32Array(n);
  xs.forEach((row: unknown, i) => {
    if (
      !Array.isArray(row) ||
      row.length !== d ||
      !row.every((v) => Number.isFinite(v)) // false for anything but a number, "2" included
    )
      fail(msg("nn.point", { where: `data.x[${i}]`, n: String(d), got: show(row) }));
    // Stryker disable next-line EqualityOperator: one more writes undefined into the next row's first slot, which that row overwrites (or past the end)
    for (let j = 0; j < d; j++) x[i * d + j] = row[j] as number;
  });
  ys.forEach((c: unknown, i) => {
    // Number.isInteger is false for anything but a number.
    if (!Number.isInteger(c) || (c as number) < 0 || (c as number) >= classes)
      fail(msg("nn.label", { where: `data.y[${i}]`, max: String(classes - 1), got: show(c) }));
    y[i] = c as number;
  });

  const weights = get(req, "weights");
  const trainer = new Trainer(
    {
      layers,
      activation,
      loss,
      optimizer: optimizer as unknown as OptimizerConfig,
      batchSize,
      shuffle,
      seed,
    },
    { x, y },
    weights as Weights | undefined,
  );
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) for (const l of trainer.epoch()) losses.push(l);
  const answer: TrainAnswer = {
    losses,
    accuracy: trainer.evaluate(x, y).accuracy,
    weights: trainer.weights(),
  };
  const step = divergedAt(losses);
  if (step !== null) answer.diverged = { step };
  return answer;
}
