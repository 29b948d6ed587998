// A configured torch.optim optimizer: validated options, fresh state, and one `step` that dispatches to the rule.
// The rules themselves live in optimizer-rules.ts, the options and their checking in optimizer-options.ts; this
// file is the registry the descent runner uses and the one place the rest of the core imports them from.

import {
  adagradStep,
  adamStep,
  biasTable,
  rmspropStep,
  sgdStep,
  type AdagradOptions,
  type AdagradState,
  type AdamOptions,
  type AdamState,
  type RMSpropOptions,
  type RMSpropState,
  type SGDOptions,
  type SGDState,
} from "./optimizer-rules.ts";
import {
  DEFAULTS,
  fail,
  nonNegative,
  readOptions,
  resolveName,
  type OptimizerConfig,
} from "./optimizer-options.ts";
import { msg } from "../messages/index.ts";

export { BiasTable } from "./optimizer-rules.ts";
export { DEFAULTS, OPTIMIZER_NAMES, type OptimizerConfig, type OptimizerName } from "./optimizer-options.ts";
export { fma, powRounded } from "./torch-arithmetic.ts";

export type StateField = "velocity" | "square_avg" | "grad_avg" | "sum" | "m" | "v" | "v_max";

/** Our field name → the key in torch's `optimizer.state[p]`. */
export const TORCH_STATE_NAMES: Readonly<Record<StateField | "step", string>> = {
  velocity: "momentum_buffer",
  square_avg: "square_avg",
  grad_avg: "grad_avg",
  sum: "sum",
  m: "exp_avg",
  v: "exp_avg_sq",
  v_max: "max_exp_avg_sq",
  step: "step",
};

/** Each rule's options and state, by name: the one table the optimizer type and the dispatch are read from. */
interface Rules {
  sgd: { options: SGDOptions; state: SGDState };
  rmsprop: { options: RMSpropOptions; state: RMSpropState };
  adagrad: { options: AdagradOptions; state: AdagradState };
  adam: { options: AdamOptions; state: AdamState };
}
type OptimizerOf<K extends keyof Rules> = { name: K; fields: readonly StateField[] } & Rules[K];
export type Optimizer = { [K in keyof Rules]: OptimizerOf<K> }[keyof Rules];

type Rule<K extends keyof Rules> = (
  options: Rules[K]["options"],
  state: Rules[K]["state"],
  x: Float64Array,
  grad: Float64Array,
) => void;
const RULES: { [K in keyof Rules]: Rule<K> } = {
  sgd: sgdStep,
  rmsprop: rmspropStep,
  adagrad: adagradStep,
  adam: adamStep,
};

/** The update as a function of (x, grad) alone: the one dispatch on the rule, done once per run so a hot loop
 *  has one call site and one rule. */
export function stepper<K extends keyof Rules>(
  opt: OptimizerOf<K>,
): (x: Float64Array, grad: Float64Array) => void {
  const rule: Rule<K> = RULES[opt.name];
  const { options, state } = opt;
  return (x, grad) => rule(options, state, x, grad);
}

/** One update of `x` in place, given the gradient at x. */
export function step(opt: Optimizer, x: Float64Array, grad: Float64Array): void {
  stepper(opt)(x, grad);
}

/** The state vector named `field` (zeros if the optimizer has not created it yet). */
export function stateVector(opt: Optimizer, field: StateField): Float64Array {
  const s = opt.state as unknown as Record<string, Float64Array | null | number>;
  const v = s[field];
  return v instanceof Float64Array ? v : new Float64Array(0);
}

/** Validates `config` (throws DescentError "invalid_option") and makes an optimizer for `n` parameters. */
export function createOptimizer(config: OptimizerConfig, n: number): Optimizer {
  const name = resolveName(config);
  switch (name) {
    case "sgd": {
      const o = readOptions(config, "SGD", DEFAULTS.sgd, true) as unknown as SGDOptions;
      nonNegative(o, "lr", "momentum", "weight_decay");
      if (o.nesterov && (o.momentum <= 0 || o.dampening !== 0))
        fail(
          msg("opt.nesterov", {
            need: "momentum > 0, dampening = 0",
            got: `momentum = ${o.momentum}, dampening = ${o.dampening}`,
          }),
        );
      const fields: StateField[] = o.momentum !== 0 ? ["velocity"] : [];
      return { name, options: o, state: { step: 0, velocity: null }, fields };
    }
    case "rmsprop": {
      const o = readOptions(config, "RMSprop", DEFAULTS.rmsprop) as unknown as RMSpropOptions;
      nonNegative(o, "lr", "eps", "momentum", "weight_decay", "alpha");
      const state: RMSpropState = {
        step: 0,
        square_avg: new Float64Array(n),
        grad_avg: o.centered ? new Float64Array(n) : null,
        velocity: o.momentum > 0 ? new Float64Array(n) : null,
      };
      const fields: StateField[] = ["square_avg"];
      if (o.centered) fields.push("grad_avg");
      if (o.momentum > 0) fields.push("velocity");
      return { name, options: o, state, fields };
    }
    case "adagrad": {
      const o = readOptions(config, "Adagrad", DEFAULTS.adagrad) as unknown as AdagradOptions;
      nonNegative(o, "lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps");
      const state: AdagradState = { step: 0, sum: new Float64Array(n).fill(o.initial_accumulator_value) };
      return { name, options: o, state, fields: ["sum"] };
    }
    case "adam": {
      const o = readOptions(config, "Adam", DEFAULTS.adam) as unknown as AdamOptions;
      nonNegative(o, "lr", "eps");
      o.betas.forEach((b, i) => {
        if (!(b >= 0 && b < 1))
          fail(msg("opt.beta", { key: `betas[${i}]`, name: `β${i + 1}`, got: String(b) }));
      });
      nonNegative(o, "weight_decay");
      const state: AdamState = {
        step: 0,
        m: new Float64Array(n),
        v: new Float64Array(n),
        v_max: o.amsgrad ? new Float64Array(n) : null,
        bias1: biasTable(o.betas[0]),
        bias2: biasTable(o.betas[1]),
      };
      const fields: StateField[] = o.amsgrad ? ["m", "v", "v_max"] : ["m", "v"];
      return { name, options: o, state, fields };
    }
  }
}
