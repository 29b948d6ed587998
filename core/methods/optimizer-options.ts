// What a caller (UI, CLI, batch JSON) may pass to an optimizer, torch's defaults, and the checking of what the
// user typed: option names exactly torch's, numbers finite, booleans boolean. Every failure is a DescentError
// "invalid_option" with a catalog message.

import { DescentError } from "../expr/errors.ts";
import { msg, say, type Msg } from "../messages/index.ts";
import type { AdagradOptions, AdamOptions, RMSpropOptions, SGDOptions } from "./optimizer-rules.ts";

export type OptimizerName = "sgd" | "rmsprop" | "adagrad" | "adam";
/** In order of increasing complexity, the order the UI lists them. */
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ["sgd", "rmsprop", "adagrad", "adam"];

/** What a caller (UI, CLI, batch JSON) passes: the optimizer's name and any of its torch options. */
export type OptimizerConfig =
  | ({ name: "sgd" } & Partial<SGDOptions>)
  | ({ name: "rmsprop" } & Partial<RMSpropOptions>)
  | ({ name: "adagrad" } & Partial<AdagradOptions>)
  | ({ name: "adam" } & Partial<AdamOptions>);

/** torch.optim's defaults. SGD has none for lr (torch marks it `required`). */
export const DEFAULTS = {
  sgd: { momentum: 0, dampening: 0, nesterov: false, weight_decay: 0 },
  rmsprop: { lr: 0.01, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false },
  adagrad: { lr: 0.01, lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10 },
  adam: { lr: 0.001, betas: [0.9, 0.999] as const, eps: 1e-8, weight_decay: 0, amsgrad: false },
} as const;

const show = (v: unknown) => (typeof v === "number" ? String(v) : (JSON.stringify(v) ?? String(v)));

export function fail(m: Msg): never {
  throw new DescentError("invalid_option", say(m), undefined, m);
}

export function resolveName(config: OptimizerConfig): OptimizerName {
  const raw: unknown = (config as { name?: unknown } | null | undefined)?.name;
  const name = typeof raw === "string" ? raw.toLowerCase() : raw;
  if (!OPTIMIZER_NAMES.includes(name as OptimizerName))
    fail(msg("opt.unknown", { name: JSON.stringify(raw ?? null), names: OPTIMIZER_NAMES.join(", ") }));
  return name as OptimizerName;
}

/** Each named option must be ≥ 0 (checked in the order given, so the first wrong one is named). */
export function nonNegative<O extends object>(o: O, ...keys: (keyof O & string)[]): void {
  for (const key of keys) {
    const value = o[key] as number;
    if (value >= 0) continue;
    const got = String(value);
    fail(key === "lr" ? msg("opt.lrNegative", { got }) : msg("opt.nonNegative", { key, got }));
  }
}

export function readOptions(
  config: OptimizerConfig,
  title: string,
  defaults: Readonly<Record<string, unknown>>,
  lrRequired = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  const known = lrRequired ? ["lr", ...Object.keys(defaults)] : Object.keys(defaults);
  for (const [key, value] of Object.entries(config)) {
    if (key === "name" || value === undefined) continue;
    if (!known.includes(key)) fail(msg("opt.noOption", { title, key, known: known.join(", ") }));
    const expected = (defaults as Record<string, unknown>)[key] ?? 0;
    if (typeof expected === "boolean") {
      if (typeof value !== "boolean") fail(msg("opt.boolean", { key, got: show(value) }));
    } else if (Array.isArray(expected)) {
      if (
        !Array.isArray(value) ||
        value.length !== 2 ||
        !value.every((b) => Number.isFinite(b)) // false for anything but a finite number
      )
        fail(msg("opt.pair", { key, got: show(value) }));
    } else if (!Number.isFinite(value)) {
      fail(msg("opt.finite", { key, got: show(value) }));
    }
    out[key] = Array.isArray(value) ? [value[0], value[1]] : value;
  }
  if (lrRequired && out["lr"] === undefined)
    fail(msg("opt.needsLr", { title, torch: `torch.optim.${title}` }));
  return out;
}
