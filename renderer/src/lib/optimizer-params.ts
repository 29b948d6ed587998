// torch.optim's defaults for each optimizer choice, and which parameters each one shows.
import type { OptimizerName, OptimizerParams, ParamName } from "./model.ts";

const TORCH: OptimizerParams = {
  momentum: 0,
  dampening: 0,
  weight_decay: 0,
  alpha: 0.99,
  eps: 1e-8,
  centered: false,
  lr_decay: 0,
  beta1: 0.9,
  beta2: 0.999,
  amsgrad: false,
};

/** Each choice keeps its own parameters: "momentum" and "Nesterov" are SGD with momentum 0.9, Adagrad's eps is 1e-10. */
export const DEFAULT_PARAMS: Readonly<Record<OptimizerName, OptimizerParams>> = {
  sgd: TORCH,
  momentum: { ...TORCH, momentum: 0.9 },
  nesterov: { ...TORCH, momentum: 0.9 },
  rmsprop: TORCH,
  adagrad: { ...TORCH, eps: 1e-10 },
  adam: TORCH,
};

export const PARAMS_OF: Readonly<Record<OptimizerName, readonly ParamName[]>> = {
  sgd: ["weight_decay"],
  momentum: ["momentum", "dampening", "weight_decay"],
  nesterov: ["momentum", "weight_decay"],
  rmsprop: ["alpha", "eps", "momentum", "centered", "weight_decay"],
  adagrad: ["lr_decay", "eps", "weight_decay"],
  adam: ["beta1", "beta2", "eps", "weight_decay", "amsgrad"],
};
