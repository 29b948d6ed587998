// torch.optim's options and rules, pinned where `npm run mutation core/methods/optimizer*.ts` found them loose: the
// whole message a refused option gives (as data, the catalog's id and parameters from the config), the state each
// optimizer starts with, and the rules at their branch points. Expected values come from the configs themselves or
// from the rule written out in the test; no typed-in results.
import { describe, expect, it } from "vitest";
import { attempt } from "../expr/errors.ts";
import { msg } from "../messages/index.ts";
import {
  BiasTable,
  DEFAULTS,
  createOptimizer,
  powRounded,
  step,
  type OptimizerConfig,
} from "./optimizers.ts";
import { biasTable } from "./optimizer-rules.ts";

const NAMES = "sgd, rmsprop, adagrad, adam";

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
    ["an unknown name", { name: "lbfgs", lr: 1 }, msg("opt.unknown", { name: '"lbfgs"', names: NAMES })],
    ["a name that is not a string", { name: 3 }, msg("opt.unknown", { name: "3", names: NAMES })],
    ["no name", {}, msg("opt.unknown", { name: "null", names: NAMES })],
    ["no config at all", null, msg("opt.unknown", { name: "null", names: NAMES })],
    ["a negative lr", { name: "sgd", lr: -0.1 }, msg("opt.lrNegative", { got: "-0.1" })],
    [
      "a negative momentum",
      { name: "sgd", lr: 0.1, momentum: -0.5 },
      msg("opt.nonNegative", { key: "momentum", got: "-0.5" }),
    ],
    ["SGD without lr", { name: "sgd" }, msg("opt.needsLr", { title: "SGD", torch: "torch.optim.SGD" })],
    [
      "an option SGD does not have (lr is one it has)",
      { name: "sgd", lr: 0.1, betas: [0.9, 0.99] },
      msg("opt.noOption", {
        title: "SGD",
        key: "betas",
        known: "lr, momentum, dampening, nesterov, weight_decay",
      }),
    ],
    [
      "an option Adam does not have (lr listed once)",
      { name: "adam", momentum: 0.9 },
      msg("opt.noOption", { title: "Adam", key: "momentum", known: "lr, betas, eps, weight_decay, amsgrad" }),
    ],
    [
      "a boolean given as a string",
      { name: "adam", amsgrad: "yes" },
      msg("opt.boolean", { key: "amsgrad", got: '"yes"' }),
    ],
    [
      "a boolean given as a number",
      { name: "adam", amsgrad: 1 },
      msg("opt.boolean", { key: "amsgrad", got: "1" }),
    ],
    ["lr = NaN", { name: "adam", lr: NaN }, msg("opt.finite", { key: "lr", got: "NaN" })],
    ["lr as a string", { name: "adam", lr: "0.1" }, msg("opt.finite", { key: "lr", got: '"0.1"' })],
    ["one β", { name: "adam", betas: [0.9] }, msg("opt.pair", { key: "betas", got: "[0.9]" })],
    [
      "a β that is NaN",
      { name: "adam", betas: [0.9, NaN] },
      msg("opt.pair", { key: "betas", got: "[0.9,null]" }),
    ],
    [
      "a β given as a string",
      { name: "adam", betas: [0.9, "0.99"] },
      msg("opt.pair", { key: "betas", got: '[0.9,"0.99"]' }),
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

it("an option given as undefined takes torch's default", () =>
  expect(createOptimizer({ name: "adam", lr: undefined }, 1).options).toStrictEqual({
    ...DEFAULTS.adam,
    betas: [0.9, 0.999],
  }));

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

describe("the rules at their branch points", () => {
  const configs: OptimizerConfig[] = [
    { name: "sgd", lr: 0.1 },
    { name: "sgd", lr: 0.1, momentum: 0.9 },
    { name: "rmsprop" },
    { name: "rmsprop", momentum: 0.5, centered: true },
    { name: "adagrad" },
    { name: "adam" },
    { name: "adam", amsgrad: true },
  ];

  it.each(configs)("%o counts its steps, and keeps SGD's velocity null without momentum", (config) => {
    const opt = createOptimizer(config, 1);
    const x = Float64Array.of(1);
    for (let k = 0; k < 3; k++) step(opt, x, Float64Array.of(1));
    expect(opt.state.step).toBe(3);
    if (opt.name === "sgd") expect(opt.state.velocity === null).toBe(!("momentum" in config));
  });

  // torch leaves an infinite coordinate infinite: without weight decay no 0·∞ = NaN enters the gradient.
  it.each(configs)(
    "%o: an infinite x stays infinite, and the other coordinate moves as it would alone",
    (config) => {
      const both = Float64Array.of(Infinity, 1);
      step(createOptimizer(config, 2), both, Float64Array.of(1, 1));
      const alone = Float64Array.of(1);
      step(createOptimizer(config, 1), alone, Float64Array.of(1));
      expect([...both]).toStrictEqual([Infinity, alone[0]]);
    },
  );
});

describe("Adam's bias-correction tables", () => {
  it("beyond the table 1 − βᵗ is computed on the spot, without growing it", () => {
    // β close to 1, so that βᵗ has not underflowed at t = 2¹⁷ and the sign of the correction shows.
    const table = new BiasTable(0.99999);
    for (const t of [131_072, 200_000]) expect(table.at(t)).toBe(1 - powRounded(0.99999, t));
    expect(table.values).toHaveLength(0);
  });

  it("a table grows to 2t entries (at least 1024), never beyond 2¹⁷", () => {
    const table = new BiasTable(0.9);
    table.at(3);
    expect(table.values).toHaveLength(1024);
    table.at(1000);
    expect(table.values).toHaveLength(2000);
    table.at(100_000);
    expect(table.values).toHaveLength(2 ** 17);
  });

  it("every Adam with the same β shares one table", () => {
    const a = createOptimizer({ name: "adam", betas: [0.8, 0.9] }, 1);
    const b = createOptimizer({ name: "adam", betas: [0.9, 0.8] }, 1);
    if (a.name !== "adam" || b.name !== "adam") throw new Error("not Adam");
    expect(a.state.bias1).toBe(b.state.bias2);
    expect(a.state.bias2).toBe(b.state.bias1);
    expect(biasTable(0.8)).toBe(a.state.bias1);
  });

  it("the cache keeps 16 βs, and starts again with the 17th", () => {
    let i = 0;
    const fresh = () => biasTable(0.25 + ++i / 4096);
    // Whatever the cache held before: add βs until it starts again (then it holds the β that made it start).
    const first = fresh();
    let latest = fresh();
    for (let k = 0; k < 20 && biasTable(first.beta) === first; k++) latest = fresh();
    expect(biasTable(latest.beta)).toBe(latest);
    // It now holds `latest` and the first β, made again: 14 more fill it to 16, all kept.
    const kept = [latest, biasTable(first.beta), ...Array.from({ length: 14 }, fresh)];
    for (const table of kept) expect(biasTable(table.beta)).toBe(table);
    fresh();
    expect(biasTable(latest.beta)).not.toBe(latest);
  });
});
