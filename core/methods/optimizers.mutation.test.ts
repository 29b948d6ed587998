// torch.optim's options and rules, pinned where `npm run mutation core/methods/optimizer*.ts` found them loose: the
// whole message a refused option gives (as data, the catalog's id and parameters from the config), the state each
// optimizer starts with, and the rules at their branch points. Expected values come from the configs themselves or
// from the rule written out in the test; no typed-in results.
import { describe, expect, it } from "vitest";
import { attempt } from "../expr/errors.ts";
import { msg } from "../messages/index.ts";
import { createOptimizer, type OptimizerConfig } from "./optimizers.ts";

function refusal(config: unknown) {
  const r = attempt(() => createOptimizer(config as OptimizerConfig, 1));
  return r.ok ? null : { code: r.error.code, msg: r.error.msg };
}

describe("a refused option carries its whole message as data", () => {
  it.each<[string, unknown, ReturnType<typeof msg>]>([
    [
      "nesterov with dampening",
      { name: "sgd", lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true },
      msg("opt.nesterov", { need: "momentum > 0, dampening = 0", got: "momentum = 0.9, dampening = 0.1" }),
    ],
    [
      "β₁ = 1",
      { name: "adam", betas: [1, 0.999] },
      msg("opt.beta", { key: "betas[0]", name: "β1", got: "1" }),
    ],
    [
      "β₂ < 0",
      { name: "adam", betas: [0.9, -0.1] },
      msg("opt.beta", { key: "betas[1]", name: "β2", got: "-0.1" }),
    ],
  ])("%s", (_, config, expected) =>
    expect(refusal(config)).toStrictEqual({ code: "invalid_option", msg: expected }),
  );
});

describe("the state an optimizer starts with", () => {
  it("RMSprop has a velocity only with momentum > 0, a grad_avg only when centered", () => {
    for (const momentum of [0, 0.5])
      for (const centered of [false, true]) {
        const opt = createOptimizer({ name: "rmsprop", momentum, centered }, 2);
        expect(opt.state).toStrictEqual({
          step: 0,
          square_avg: new Float64Array(2),
          grad_avg: centered ? new Float64Array(2) : null,
          velocity: momentum > 0 ? new Float64Array(2) : null,
        });
      }
  });
});
