// torch.optim's rules: option validation; invariants of each rule against the formula written in the test from
// the same gradients; the fused multiply-add and the correctly rounded power against exact integer arithmetic;
// and torch's own trajectories replayed bit for bit (optimizers.fixtures.test.ts checks them to 1e-9 as well).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attempt } from "../expr/errors.ts";
import {
  DEFAULTS,
  OPTIMIZER_NAMES,
  TORCH_STATE_NAMES,
  createOptimizer,
  stateVector,
  step,
  stepper,
  BiasTable,
  fma,
  powRounded,
  type OptimizerConfig,
} from "./optimizers.ts";

/** A deterministic, sign-changing sequence of gradients for n parameters. */
function gradients(n: number, count: number): Float64Array[] {
  return Array.from({ length: count }, (_, k) =>
    Float64Array.from({ length: n }, (_, i) => Math.sin(1.3 * k + 0.7 * i) * (1 + i) + 0.1 * Math.cos(k)),
  );
}

function errorOf(config: unknown, n = 1) {
  const r = attempt(() => createOptimizer(config as OptimizerConfig, n));
  return r.ok ? null : r.error;
}

describe("option validation: DescentError invalid_option with a message naming the option", () => {
  const bad: [string, unknown, RegExp][] = [
    ["negative lr (SGD)", { name: "sgd", lr: -0.1 }, /lr/],
    ["negative lr (Adam)", { name: "adam", lr: -1 }, /lr/],
    ["negative lr (RMSprop)", { name: "rmsprop", lr: -1 }, /lr/],
    ["negative lr (Adagrad)", { name: "adagrad", lr: -1 }, /lr/],
    ["SGD without lr (torch has no default)", { name: "sgd" }, /needs a learning rate/],
    ["nesterov without momentum", { name: "sgd", lr: 0.1, nesterov: true }, /Nesterov/],
    [
      "nesterov with dampening",
      { name: "sgd", lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true },
      /dampening = 0/,
    ],
    ["negative momentum", { name: "sgd", lr: 0.1, momentum: -0.5 }, /momentum/],
    ["negative weight_decay", { name: "adam", weight_decay: -1 }, /weight_decay/],
    ["beta1 = 1", { name: "adam", betas: [1, 0.999] }, /betas\[0\]/],
    ["beta2 < 0", { name: "adam", betas: [0.9, -0.1] }, /betas\[1\]/],
    ["betas not a pair", { name: "adam", betas: [0.9] }, /pair/],
    ["negative eps", { name: "rmsprop", eps: -1e-8 }, /eps/],
    ["negative alpha", { name: "rmsprop", alpha: -0.5 }, /alpha/],
    ["negative lr_decay", { name: "adagrad", lr_decay: -0.1 }, /lr_decay/],
    [
      "negative initial_accumulator_value",
      { name: "adagrad", initial_accumulator_value: -1 },
      /initial_accumulator_value/,
    ],
    [
      "an option the optimizer does not have",
      { name: "adam", momentum: 0.9 },
      /Adam has no option "momentum"/,
    ],
    [
      "camelCase instead of torch's name",
      { name: "sgd", lr: 0.1, weightDecay: 0.1 },
      /no option "weightDecay"/,
    ],
    ["unknown optimizer", { name: "lbfgs", lr: 1 }, /Unknown optimizer/],
    ["lr as a string", { name: "sgd", lr: "0.1" }, /lr must be a finite number/],
    ["lr = NaN", { name: "sgd", lr: Number.NaN }, /lr must be a finite number/],
    ["lr = Infinity", { name: "sgd", lr: Number.POSITIVE_INFINITY }, /lr must be a finite number/],
    ["nesterov as a number", { name: "sgd", lr: 0.1, momentum: 0.9, nesterov: 1 }, /true or false/],
  ];
  it.each(bad)("%s", (_, config, message) => {
    const error = errorOf(config);
    expect(error?.code).toBe("invalid_option");
    expect(error?.message).toMatch(message);
  });

  it("accepts torch's own edge values: lr 0, eps 0, betas [0, 0], momentum 1", () => {
    for (const config of [
      { name: "sgd", lr: 0 },
      { name: "adam", eps: 0, betas: [0, 0] },
      { name: "sgd", lr: 0.1, momentum: 1 },
      { name: "Adam" }, // names are case-insensitive
    ])
      expect(errorOf(config)).toBeNull();
  });

  it("defaults are torch's defaults for every optimizer", () => {
    for (const name of OPTIMIZER_NAMES) {
      const opt = createOptimizer({ name, ...(name === "sgd" ? { lr: 0.1 } : {}) } as OptimizerConfig, 1);
      for (const [key, value] of Object.entries(DEFAULTS[name]))
        expect((opt.options as unknown as Record<string, unknown>)[key]).toEqual(value);
    }
  });
});

describe("state fields follow the options, and map to torch's names", () => {
  const table: [OptimizerConfig, string[]][] = [
    [{ name: "sgd", lr: 0.1 }, []],
    [{ name: "sgd", lr: 0.1, momentum: 0.9 }, ["momentum_buffer"]],
    [{ name: "rmsprop" }, ["square_avg"]],
    [{ name: "rmsprop", centered: true, momentum: 0.5 }, ["square_avg", "grad_avg", "momentum_buffer"]],
    [{ name: "adagrad" }, ["sum"]],
    [{ name: "adam" }, ["exp_avg", "exp_avg_sq"]],
    [{ name: "adam", amsgrad: true }, ["exp_avg", "exp_avg_sq", "max_exp_avg_sq"]],
  ];
  it.each(table)("%o → %o", (config, torchNames) => {
    const opt = createOptimizer(config, 2);
    expect(opt.fields.map((f) => TORCH_STATE_NAMES[f])).toEqual(torchNames);
    const x = new Float64Array(2);
    step(opt, x, Float64Array.of(1, -2));
    for (const f of opt.fields) expect(stateVector(opt, f)).toHaveLength(2);
  });
});

describe("invariants of each rule, from the same gradients", () => {
  const gs = gradients(3, 80);

  it("SGD without momentum is x ← x − lr·g (fused, as torch's kernel)", () => {
    const lr = 0.037;
    const opt = createOptimizer({ name: "sgd", lr }, 3);
    const x = Float64Array.of(1, -2, 3);
    for (const g of gs) {
      const expected = x.map((xi, i) => fma(-lr, g[i]!, xi));
      step(opt, x, g);
      expect([...x]).toEqual([...expected]);
    }
  });

  it("SGD weight_decay is SGD on g + λ·x", () => {
    const [lr, wd] = [0.05, 0.3];
    const a = createOptimizer({ name: "sgd", lr, momentum: 0.8, weight_decay: wd }, 3);
    const b = createOptimizer({ name: "sgd", lr, momentum: 0.8 }, 3);
    const xa = Float64Array.of(1, -2, 3);
    const xb = Float64Array.of(1, -2, 3);
    for (const g of gs) {
      step(
        b,
        xb,
        g.map((gi, i) => fma(wd, xb[i]!, gi)),
      );
      step(a, xa, g);
      expect([...xa]).toEqual([...xb]);
    }
  });

  it("SGD momentum: the first buffer is the gradient itself (no dampening), then μ·b + (1 − dampening)·g", () => {
    const [lr, mu, damp] = [0.1, 0.9, 0.5];
    const opt = createOptimizer({ name: "sgd", lr, momentum: mu, dampening: damp }, 3);
    const x = new Float64Array(3);
    step(opt, x, gs[0]!);
    expect([...stateVector(opt, "velocity")]).toEqual([...gs[0]!]);
    for (const g of gs.slice(1)) {
      const b = stateVector(opt, "velocity").map((bi, i) => fma(1 - damp, g[i]!, bi * mu));
      const expected = x.map((xi, i) => fma(-lr, b[i]!, xi));
      step(opt, x, g);
      expect([...stateVector(opt, "velocity")]).toEqual([...b]);
      expect([...x]).toEqual([...expected]);
    }
  });

  it("Nesterov steps along g + μ·b", () => {
    const [lr, mu] = [0.1, 0.9];
    const opt = createOptimizer({ name: "sgd", lr, momentum: mu, nesterov: true }, 3);
    const x = new Float64Array(3);
    for (const g of gs) {
      const before = [...x];
      step(opt, x, g);
      const b = stateVector(opt, "velocity");
      x.forEach((xi, i) => expect(xi).toBe(fma(-lr, fma(mu, b[i]!, g[i]!), before[i]!)));
    }
  });

  it("Adagrad's sum only grows, and its learning rate decays as lr / (1 + (t − 1)·lr_decay)", () => {
    const [lr, decay] = [0.5, 0.1];
    const opt = createOptimizer({ name: "adagrad", lr, lr_decay: decay }, 3);
    const x = new Float64Array(3);
    let t = 0;
    for (const g of gs) {
      t++;
      const sum = stateVector(opt, "sum").map((s, i) => fma(g[i]!, g[i]!, s));
      const clr = lr / (1 + (t - 1) * decay);
      const expected = x.map((xi, i) => xi + (-clr * g[i]!) / (Math.sqrt(sum[i]!) + 1e-10));
      step(opt, x, g);
      expect([...stateVector(opt, "sum")]).toEqual([...sum]);
      expect([...x]).toEqual([...expected]);
    }
  });

  it("RMSprop centered keeps square_avg ≥ grad_avg² (the variance is never negative)", () => {
    const opt = createOptimizer({ name: "rmsprop", centered: true, momentum: 0.5 }, 3);
    const x = new Float64Array(3);
    for (const g of gs) {
      step(opt, x, g);
      const sq = stateVector(opt, "square_avg");
      stateVector(opt, "grad_avg").forEach((m, i) => expect(sq[i]! - m * m).toBeGreaterThanOrEqual(-1e-15));
    }
  });

  it("Adam's first step moves each coordinate by lr against the gradient's sign (bias correction)", () => {
    const lr = 0.01;
    const opt = createOptimizer({ name: "adam", lr, eps: 0 }, 3);
    const x = new Float64Array(3);
    step(opt, x, gs[0]!);
    x.forEach((xi, i) => expect(xi).toBeCloseTo(-lr * Math.sign(gs[0]![i]!), 15));
  });

  it("AMSGrad's v_max never decreases and bounds v", () => {
    const opt = createOptimizer({ name: "adam", amsgrad: true, lr: 0.1 }, 3);
    const x = new Float64Array(3);
    let prev = new Float64Array(3);
    for (const g of gs) {
      step(opt, x, g);
      const vMax = stateVector(opt, "v_max");
      const v = stateVector(opt, "v");
      vMax.forEach((m, i) => {
        expect(m).toBeGreaterThanOrEqual(prev[i]!);
        expect(m).toBeGreaterThanOrEqual(v[i]!);
      });
      prev = Float64Array.from(vMax);
    }
  });

  it("Adam is bit-for-bit torch's formula over 2000 steps, including once 1 − β₁ᵗ has rounded to 1", () => {
    const [lr, b1, b2, eps] = [0.01, 0.9, 0.999, 1e-8];
    const opt = createOptimizer({ name: "adam", lr }, 3);
    const update = stepper(opt);
    const x = Float64Array.of(1, -2, 3);
    const y = Float64Array.from(x);
    const m = new Float64Array(3);
    const v = new Float64Array(3);
    const many = gradients(3, 2000);
    many.forEach((g, k) => {
      const t = k + 1;
      for (let i = 0; i < 3; i++) {
        m[i] = fma(1 - b1, g[i]!, m[i]! * b1);
        v[i] = fma((1 - b2) * g[i]!, g[i]!, v[i]! * b2);
        const denom = Math.sqrt(v[i]!) / Math.sqrt(1 - powRounded(b2, t)) + eps;
        y[i] = y[i]! + (-(lr / (1 - powRounded(b1, t))) * m[i]!) / denom;
      }
      update(x, g);
    });
    expect(1 - powRounded(b1, 2000)).toBe(1);
    expect([...x]).toEqual([...y]);
    expect([...stateVector(opt, "m")]).toEqual([...m]);
  });

  it("the cached bias corrections are 1 − βᵗ with βᵗ correctly rounded, below and beyond the table", () => {
    // Filling the table up to its cap (2¹⁷ entries) takes one β only: under `npm run mutation`'s instrumentation each
    // fill takes some 15 s, and four of them outran the test's time limit.
    const cases: [number, number[]][] = [
      ...[0.9, 0.999, 0.5, 0].map((beta): [number, number[]] => [beta, [1, 2, 3, 1000, 1023, 1024, 5000]]),
      [0.9, [131_071, 131_072, 200_000]],
    ];
    for (const [beta, ts] of cases) {
      const table = new BiasTable(beta);
      for (const t of ts)
        expect(t < table.values.length ? table.values[t] : table.at(t)).toBe(1 - powRounded(beta, t));
    }
  });
});

/** a·b + c rounded once, from exact integer arithmetic (finite normal doubles only). */
function exactFma(a: number, b: number, c: number): number {
  const parts = (v: number): [bigint, number] => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    const bits = view.getBigUint64(0);
    const sign = bits >> 63n ? -1n : 1n;
    const exponent = Number((bits >> 52n) & 0x7ffn);
    const mantissa = (bits & ((1n << 52n) - 1n)) | (exponent === 0 ? 0n : 1n << 52n);
    return [sign * mantissa, (exponent === 0 ? 1 : exponent) - 1075];
  };
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  const [mc, ec] = parts(c);
  const e = Math.min(ea + eb, ec);
  const n = ma * mb * (1n << BigInt(ea + eb - e)) + mc * (1n << BigInt(ec - e));
  // Number(bigint) rounds to nearest, ties to even; then scale by 2^e in exact steps.
  let r = Number(n);
  for (let k = e; k !== 0;) {
    const s = Math.max(-1000, Math.min(1000, k));
    r *= 2 ** s;
    k -= s;
  }
  return r;
}

describe("fma: one rounding, as the CPU's fused multiply-add", () => {
  it("equals exact integer arithmetic on 20,000 cases, cancellation included", () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const value = () => (random() - 0.5) * 10 ** Math.floor(random() * 12 - 6);
    for (let i = 0; i < 20_000; i++) {
      const a = value();
      const b = value();
      // every other case nearly cancels: c ≈ −a·b, where a plain a·b + c loses every digit
      const c = i % 2 === 0 ? value() : -(a * b) * (1 + (random() - 0.5) * 1e-12);
      expect(fma(a, b, c), `fma(${a}, ${b}, ${c})`).toBe(exactFma(a, b, c));
    }
  });

  it("the case torch shows on badly scaled SGD: −0.9 + 0.01·90 is not 0", () => {
    expect(fma(-0.01, -90, -0.9)).toBe(exactFma(-0.01, -90, -0.9));
    expect(fma(-0.01, -90, -0.9)).not.toBe(0);
  });
});

describe("powRounded: βᵗ correctly rounded, as C's pow gives torch", () => {
  /** βᵗ from exact integer arithmetic: β = m·2^e, so βᵗ = mᵗ·2^(e·t); Number(bigint) rounds once. */
  function exactPow(beta: number, t: number): number {
    let m = beta;
    let e = 0;
    while (!Number.isInteger(m)) {
      m *= 2;
      e--;
    }
    const big = BigInt(m) ** BigInt(t);
    // keep 64 significant bits plus a sticky bit, so the one rounding below is the right one
    const drop = Math.max(0, big.toString(2).length - 64);
    const sticky = drop > 0 && big % (1n << BigInt(drop)) !== 0n ? 1n : 0n;
    let r = Number(((big >> BigInt(drop)) << 1n) | sticky);
    for (let k = e * t + drop - 1; k !== 0;) {
      const s = Math.max(-1000, Math.min(1000, k));
      r *= 2 ** s;
      k -= s;
    }
    return r;
  }

  // Down to normal numbers: below that 1 − βᵗ is 1 long since, and subnormals round twice in any scheme.
  it.each([0.9, 0.999, 0.99, 0.8, 0.95, 0.5, 0.123])("β = %s, t up to 3000", (beta) => {
    for (let t = 1; t <= 3000 && beta ** t > 1e-300; t += t < 50 ? 1 : 37)
      expect(powRounded(beta, t), `${beta}^${t}`).toBe(exactPow(beta, t));
  });
});

describe("bit for bit: torch.optim's own points and gradients replayed (core/fixtures/optimizers.json)", () => {
  const cases = (
    JSON.parse(readFileSync(new URL("../fixtures/optimizers.json", import.meta.url), "utf8")) as {
      cases: {
        name: string;
        optimizer: OptimizerConfig;
        x0: Record<string, number>;
        steps: { x: Record<string, number>; grad: Record<string, number> }[];
      }[];
    }
  ).cases;
  it.each(cases)("$name", (c) => {
    const vars = Object.keys(c.x0);
    const opt = createOptimizer(c.optimizer, vars.length);
    for (let k = 0; k + 1 < c.steps.length; k++) {
      const x = Float64Array.from(vars, (v) => c.steps[k]!.x[v]!);
      step(
        opt,
        x,
        Float64Array.from(vars, (v) => c.steps[k]!.grad[v]!),
      );
      vars.forEach((v, i) => expect(x[i], `update ${k + 1}: ${v}`).toBe(c.steps[k + 1]!.x[v]));
    }
  });
});
