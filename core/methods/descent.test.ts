// The gradient descent runner: the tutorial's run and torch.optim's trajectories (fixtures from
// scripts/oracle), divergence caught early, honest overshoots left alone, flat regions, domain stops, options.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { valueAndGrad } from "../diff/autodiff.ts";
import {
  descend,
  runDescent,
  MAX_ITER_LIMIT,
  RISE_WINDOW,
  type DescentOptions,
  type Objective,
  type Point,
} from "./descent.ts";
import { attempt, DescentError } from "../expr/errors.ts";
import { say, type MsgId } from "../messages/index.ts";
import { parse } from "../expr/parser.ts";
import { TORCH_STATE_NAMES, fma, type OptimizerConfig, type StateField } from "./optimizers.ts";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));
const tutorial = fixture("tutorial");
const torchCases = fixture("optimizers").cases as {
  name: string;
  expr: string;
  x0: Record<string, number>;
  optimizer: OptimizerConfig;
  steps: {
    x: Record<string, number>;
    f: number;
    grad: Record<string, number>;
    state: Record<string, unknown>;
  }[];
}[];

const run = (expr: string, options: DescentOptions) => runDescent(parse(expr), options);

/** 1e-9 relative, with an absolute floor scaled to the case (values that decay to 0 lose relative digits). */
function expectNear(actual: number, expected: number, floor: number, what: string): void {
  if (!(Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) + floor))
    expect.fail(`${what}: got ${actual}, expected ${expected}`);
}

describe("the tutorial's run (x^2 - 4x from 10, lr 0.02, tol 1e-3)", () => {
  const r = run(tutorial.expr, {
    x0: { x: tutorial.x0 },
    optimizer: { name: "sgd", lr: tutorial.lr },
    tol: tutorial.tol,
    maxIter: 1000,
  });
  const expected = tutorial.untilTolerance;

  it("stops after the same number of updates at the same x as the Python loop", () => {
    expect(r.status).toBe("converged");
    expect(r.reason).toBe("tolerance");
    expect(r.flat).toBe(false);
    expect(r.iterations).toBe(expected.iterations);
    expectNear(r.argmin.x!, expected.x, 0, "argmin");
    expectNear(r.min, expected.f, 0, "min");
  });

  it("records the trajectory from x0, point for point", () => {
    expect(r.trajectory).toHaveLength(expected.trajectory.length);
    expect(r.trajectory[0]).toEqual({ x: { x: tutorial.x0 }, f: expected.trajectory[0].f });
    r.trajectory.forEach((p, k) => {
      expectNear(p.x.x!, expected.trajectory[k].x, 0, `x${k}`);
      expectNear(p.f, expected.trajectory[k].f, 0, `f${k}`);
    });
  });

  it("steps line up with the trajectory: x, f, the gradient there, the update that led there", () => {
    expect(r.steps).toHaveLength(r.trajectory.length);
    expect(r.steps[0]!.update).toBeNull();
    expect(r.steps[0]!.grad.x).toBe(tutorial.firstGrad.grad);
    for (let k = 1; k < r.steps.length; k++) {
      const s = r.steps[k]!;
      expect(s.x).toEqual(r.trajectory[k]!.x);
      expect(s.update!.x).toBe(s.x.x! - r.steps[k - 1]!.x.x!);
      // plain gradient descent: the update is −lr·f′ at the previous point
      expectNear(s.update!.x!, -tutorial.lr * r.steps[k - 1]!.grad.x!, 1e-15, `update ${k}`);
    }
  });

  it("serialises to the batch answer's shape, without the raw arrays", () => {
    const json = JSON.parse(JSON.stringify(r));
    expect(Object.keys(json).sort()).toEqual(
      [
        "argmin",
        "flat",
        "iterations",
        "message",
        "min",
        "reason",
        "status",
        "steps",
        "trajectory",
        "vars",
      ].sort(),
    );
    expect(json.trajectory[0]).toEqual({ x: { x: 10 }, f: 60 });
    expect(r.raw.count).toBe(r.iterations + 1);
  });
});

describe.each(torchCases)("torch.optim through the runner: $name", (c) => {
  const r = run(c.expr, { x0: c.x0, optimizer: c.optimizer, tol: 0, maxIter: c.steps.length - 1 });
  const vars = Object.keys(c.x0);
  const scale = Math.max(1, ...vars.map((v) => Math.abs(c.x0[v]!)));

  // Rounding in x shows up in the state on the state's own scale (m ~ ∇f, v ~ ∇f², …).
  const stateScale = (key: string) =>
    Math.max(
      ...c.steps.flatMap((t) => Object.values((t.state[key] ?? {}) as Record<string, number>).map(Math.abs)),
    );

  it("follows torch's trajectory, gradients and state, and is not called divergence", () => {
    expect(r.status).not.toBe("diverged");
    expect(r.flat).toBe(false);
    // tol 0 still stops where f repeats exactly (|Δf| ≤ 0); torch's loop just goes on, so compare up to there.
    if (r.iterations < c.steps.length - 1) {
      expect(r.reason).toBe("tolerance");
      expect(r.trajectory.at(-1)!.f).toBe(r.trajectory.at(-2)!.f);
    } else expect(r.iterations).toBe(c.steps.length - 1);
    expect(r.iterations).toBeGreaterThanOrEqual(60);
    c.steps.slice(0, r.steps.length).forEach((t, k) => {
      const s = r.steps[k]!;
      // x to 1e-9 relative; the gradient on its own scale, since near a minimum it is a difference of large terms.
      for (const v of vars) {
        expectNear(s.x[v]!, t.x[v]!, 1e-12 * scale, `x${k}.${v}`);
        expectNear(
          s.grad[v]!,
          t.grad[v]!,
          1e-7 * Math.max(1, Math.abs(c.steps[0]!.grad[v]!)),
          `grad${k}.${v}`,
        );
      }
      for (const [ours, torch] of Object.entries(TORCH_STATE_NAMES)) {
        const theirs = t.state[torch];
        if (theirs === undefined || ours === "step") continue;
        for (const v of vars)
          expectNear(
            s.state[ours as StateField]![v]!,
            (theirs as Record<string, number>)[v]!,
            1e-10 * stateScale(torch),
            `${ours}${k}.${v}`,
          );
      }
      if (typeof t.state["step"] === "number") expect(s.state.step).toBe(t.state["step"]);
    });
  });
});

const tolOf = (r: { iterations: number }) => r.iterations;

describe("divergence is caught early and never shows NaN", () => {
  it.each([1.001, 1.5, 10])("x^2 - 4x from 10 with plain SGD, lr %s", (lr) => {
    const r = run("x^2 - 4x", { x0: { x: 10 }, optimizer: { name: "sgd", lr } });
    expect(r.status).toBe("diverged");
    expect(tolOf(r)).toBeLessThanOrEqual(50);
    expect(r.message).toMatch(/learning rate/);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/NaN|Infinity|null(?!,"state":\{\})/);
    for (const p of r.trajectory) expect(Number.isFinite(p.f) && Number.isFinite(p.x.x!)).toBe(true);
  });

  it("the slow case (lr 1.001) is the steady-growth rule, after RISE_WINDOW rising updates", () => {
    const r = run("x^2 - 4x", { x0: { x: 10 }, optimizer: { name: "sgd", lr: 1.001 } });
    expect(r.reason).toBe("growth");
    expect(r.iterations).toBe(RISE_WINDOW);
  });

  it("a function unbounded below is stopped once f has fallen by ten orders of magnitude", () => {
    const r = run("-x^2", { x0: { x: 1 }, optimizer: { name: "sgd", lr: 0.1 } });
    expect(r.status).toBe("diverged");
    expect(r.reason).toBe("blow-up");
    expect(r.message).toMatch(/no minimum/);
  });

  it("overflow of x itself stops at the last finite point", () => {
    const r = run("x^4", { x0: { x: 10 }, optimizer: { name: "sgd", lr: 1e300 } });
    expect(r.status).toBe("diverged");
    expect(Number.isFinite(r.argmin.x!)).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });
});

describe("honest overshoots are not divergence", () => {
  const cases: [string, string, Record<string, number>, OptimizerConfig, number][] = [
    ["momentum 0.9, lr 0.02", "x^2 - 4x", { x: 10 }, { name: "sgd", lr: 0.02, momentum: 0.9 }, 1000],
    ["momentum 0.9, lr 0.18", "x^2 - 4x", { x: 10 }, { name: "sgd", lr: 0.18, momentum: 0.9 }, 1000],
    ["momentum 0.99, lr 0.001", "x^2 - 4x", { x: 10 }, { name: "sgd", lr: 0.001, momentum: 0.99 }, 2000],
    [
      "nesterov on Rosenbrock",
      "(1 - x)^2 + 100(y - x^2)^2",
      { x: -1.2, y: 1 },
      { name: "sgd", lr: 0.001, momentum: 0.9, nesterov: true },
      3000,
    ],
    [
      "Adam lr 0.01 on Rosenbrock",
      "(1 - x)^2 + 100(y - x^2)^2",
      { x: -1.2, y: 1 },
      { name: "adam", lr: 0.01 },
      3000,
    ],
    [
      "Adam lr 0.5 on Rosenbrock",
      "(1 - x)^2 + 100(y - x^2)^2",
      { x: -1.2, y: 1 },
      { name: "adam", lr: 0.5 },
      3000,
    ],
    ["Adam lr 10 on x^2 - 4x", "x^2 - 4x", { x: 10 }, { name: "adam", lr: 10 }, 1000],
    ["RMSprop lr 10 on x^2 - 4x", "x^2 - 4x", { x: 10 }, { name: "rmsprop", lr: 10 }, 1000],
    ["RMSprop near the minimum of x^2", "x^2", { x: 0.001 }, { name: "rmsprop", lr: 0.1 }, 1000],
    ["Adagrad lr 10 on x^2 - 4x", "x^2 - 4x", { x: 10 }, { name: "adagrad", lr: 10 }, 1000],
    // flung far to the right by the steep wall near 0, momentum coasts uphill for dozens of updates
    [
      "momentum coasting uphill on x + 4/x",
      "x + 4/x",
      { x: 0.125 },
      { name: "sgd", lr: 0.1, momentum: 0.9 },
      1000,
    ],
  ];
  it.each(cases)("%s", (_, expr, x0, optimizer, maxIter) => {
    const r = run(expr, { x0, optimizer, tol: 0, maxIter });
    expect(r.status, r.message).not.toBe("diverged");
  });
});

describe("never NaN, never a crash: the expression fixtures under gentle and wild settings", () => {
  const expressions = (fixture("expressions").cases as { expr: string; points: { at: Point }[] }[]).filter(
    (_, i) => i % 3 === 0,
  );
  const configs: OptimizerConfig[] = [
    { name: "sgd", lr: 1.5 },
    { name: "sgd", lr: 0.1, momentum: 0.9 },
    { name: "adam", lr: 0.5 },
  ];
  it.each(expressions)("$expr", ({ expr, points }) => {
    const node = attempt(() => parse(expr));
    if (!node.ok) return;
    for (const optimizer of configs) {
      const r = attempt(() => runDescent(node.value, { x0: points[0]!.at, optimizer, maxIter: 300 }));
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(DescentError);
        continue;
      }
      const text = JSON.stringify(r.value);
      expect(text, `${expr} with ${JSON.stringify(optimizer)}`).not.toMatch(/NaN|Infinity/);
      expect(text.replaceAll('"update":null', "")).not.toContain("null");
      expect(r.value.message.length).toBeGreaterThan(0);
    }
  });
});

describe("flat regions are not reported as minima", () => {
  const flat: [string, Record<string, number>][] = [
    ["sin(x)*exp(-x^2)", { x: 30 }],
    ["exp(-x^2)", { x: 10 }],
    ["tanh(x)", { x: 20 }],
    ["sigmoid(x)", { x: -50 }],
    ["1/(1 + x^2)", { x: 100 }],
    ["exp(-(x^2 + y^2))", { x: 20, y: -20 }],
  ];
  it.each(flat)("%s from %o", (expr, x0) => {
    const r = run(expr, { x0, optimizer: { name: "sgd", lr: 0.02 } });
    expect(r.flat).toBe(true);
    expect(r.message).toContain(
      "the gradient is (almost) zero here: a flat region, not necessarily a minimum".replace("the", "The"),
    );
    expect(r.status).not.toBe("diverged");
  });

  it("a stationary point that is a maximum says so", () => {
    const r = run("-x^2", { x0: { x: 0 }, optimizer: { name: "sgd", lr: 0.1 } });
    expect(r.flat).toBe(true);
    expect(r.message).toMatch(/maximum or a saddle/);
  });

  const minima: [string, Record<string, number>, OptimizerConfig, number][] = [
    ["x^2 - 4x", { x: 2 }, { name: "sgd", lr: 0.02 }, 1e-3],
    ["x^2", { x: 2 }, { name: "sgd", lr: 0.1 }, 1e-12],
    ["x^4", { x: 1 }, { name: "sgd", lr: 0.02 }, 1e-9],
    ["(1 - x)^2 + 100(y - x^2)^2", { x: -1.2, y: 1 }, { name: "adam", lr: 0.05 }, 0],
    ["abs(x)", { x: 0 }, { name: "sgd", lr: 0.1 }, 1e-3],
  ];
  it.each(minima)("%s from %o converges to a minimum, not a flat region", (expr, x0, optimizer, tol) => {
    const r = run(expr, { x0, optimizer, tol, maxIter: 100_000 });
    expect(r.status).toBe("converged");
    expect(r.flat, r.message).toBe(false);
  });
});

describe("leaving the domain", () => {
  it("log(x) stepping to x = 0 stops as diverged/domain with the operation named", () => {
    const r = run("log(x)", { x0: { x: 1 }, optimizer: { name: "sgd", lr: 1 } });
    expect(r.status).toBe("diverged");
    expect(r.reason).toBe("domain");
    expect(r.error?.code).toBe("domain");
    expect(r.message).toContain(r.error!.message.replace(/\.$/, ""));
    expect(r.argmin).toEqual({ x: 1 });
  });

  it("a start outside the domain is a DescentError, not a run", () => {
    const result = attempt(() => run("log(x)", { x0: { x: -1 } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("domain");
      expect(result.error.message).toMatch(/starting point x = -1/);
    }
  });
});

describe("options", () => {
  const bad: [string, Partial<DescentOptions>, string, MsgId][] = [
    ["missing x0 value", { x0: {} }, "invalid_option", "gd.x0Value"],
    ["non-finite x0", { x0: { x: Number.NaN } }, "invalid_option", "gd.x0Finite"],
    ["negative tol", { tol: -1 }, "invalid_option", "gd.tol"],
    ["fractional maxIter", { maxIter: 2.5 }, "invalid_option", "gd.maxIterRange"],
    ["maxIter over the cap", { maxIter: MAX_ITER_LIMIT + 1 }, "invalid_option", "gd.maxIterRange"],
    ["negative lr", { optimizer: { name: "sgd", lr: -0.1 } }, "invalid_option", "opt.lrNegative"],
    ["negative alpha", { optimizer: { name: "rmsprop", alpha: -1 } }, "invalid_option", "opt.nonNegative"],
    ["negative eps", { optimizer: { name: "adam", eps: -1 } }, "invalid_option", "opt.nonNegative"],
    [
      "nesterov without momentum",
      { optimizer: { name: "sgd", lr: 0.1, nesterov: true } },
      "invalid_option",
      "opt.nesterov",
    ],
    ["beta1 = 1", { optimizer: { name: "adam", betas: [1, 0.999] } }, "invalid_option", "opt.beta"],
    [
      "betas not a pair",
      { optimizer: { name: "adam", betas: [0.9] as never } },
      "invalid_option",
      "opt.pair",
    ],
    [
      "amsgrad not boolean",
      { optimizer: { name: "adam", amsgrad: 1 as never } },
      "invalid_option",
      "opt.boolean",
    ],
    ["lr as a string", { optimizer: { name: "adam", lr: "1" as never } }, "invalid_option", "opt.finite"],
    [
      "an option of another optimizer",
      { optimizer: { name: "adam", momentum: 0.9 } as never },
      "invalid_option",
      "opt.noOption",
    ],
    ["SGD without lr", { optimizer: { name: "sgd" } }, "invalid_option", "opt.needsLr"],
    ["unknown optimizer", { optimizer: { name: "lbfgs" } as never }, "invalid_option", "opt.unknown"],
  ];
  it.each(bad)("%s → DescentError %s, catalog message %s, in Thai too", (_, options, code, id) => {
    const result = attempt(() => run("x^2 - 4x", { x0: { x: 10 }, ...options }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.msg?.id).toBe(id);
    expect(result.error.message).toBe(say(result.error.msg!));
    expect(say(result.error.msg!, "th")).toMatch(/[\u0E00-\u0E7F]/);
  });

  it(`maxIter is capped at ${MAX_ITER_LIMIT}, and the cap itself is accepted`, () => {
    const r = run("x^2 - 4x", { x0: { x: 10 }, maxIter: MAX_ITER_LIMIT, tol: 1e-3 });
    expect(r.status).toBe("converged");
    expect(MAX_ITER_LIMIT).toBe(100_000);
  });

  it("defaults: the tutorial's SGD, tol 1e-3, 1000 updates", () => {
    const r = run("x^2 - 4x", { x0: { x: 10 } });
    expect(r.iterations).toBe(tutorial.untilTolerance.iterations);
    const capped = run("x^2 - 4x", { x0: { x: 10 }, optimizer: { name: "sgd", lr: 1e-4 } });
    expect(capped.status).toBe("max-iter");
    expect(capped.iterations).toBe(1000);
  });

  it("maxIter 0 records only the start", () => {
    const r = run("x^2 - 4x", { x0: { x: 10 }, maxIter: 0 });
    expect(r.status).toBe("max-iter");
    expect(r.trajectory).toEqual([{ x: { x: 10 }, f: 60 }]);
  });
});

describe("the low-level runner over an objective", () => {
  const rosenbrock = parse("(1 - x)^2 + 100(y - x^2)^2");
  const objective: Objective = (x, g) => {
    const { value, grad } = valueAndGrad(rosenbrock, { x: x[0]!, y: x[1]! });
    g[0] = grad["x"]!;
    g[1] = grad["y"]!;
    return value;
  };

  it("SGD with momentum 0 is x ← x − lr·∇f (fused, as torch), checked against the recorded gradients", () => {
    const lr = 0.001;
    const r = descend(objective, [-1.2, 1], { optimizer: { name: "sgd", lr }, tol: 0, maxIter: 200 }, [
      "x",
      "y",
    ]);
    for (let k = 1; k < r.steps.length; k++)
      for (const v of ["x", "y"])
        expect(r.steps[k]!.x[v]).toBe(fma(-lr, r.steps[k - 1]!.grad[v]!, r.steps[k - 1]!.x[v]!));
  });

  it("grows its record past the initial capacity", () => {
    const r = descend(objective, [-1.2, 1], {
      optimizer: { name: "adam", lr: 0.001 },
      tol: 0,
      maxIter: 10_000,
    });
    expect(r.iterations).toBe(10_000);
    expect(r.raw.count).toBe(10_001);
    expect(r.steps[10_000]!.state.step).toBe(10_000);
    expect(Object.keys(r.argmin)).toEqual(["x1", "x2"]);
  });

  it("a start where f is NaN without an explanation is still a domain error", () => {
    expect(() => descend(() => Number.NaN, [0])).toThrow(DescentError);
  });
});

/** The largest double below a positive v: a tolerance one bit short of the boundary. */
const justBelow = (v: number) => {
  const b = Float64Array.of(v);
  new BigInt64Array(b.buffer)[0]! -= 1n;
  return b[0]!;
};

// |Δf| ≤ tol, pinned where ≤ and < differ: tol set to a change the run really makes (computed from the trajectory,
// never typed), so the run must stop at that update, and a tolerance one bit smaller must carry it one update on.
describe("the stopping rule |Δf| ≤ tol at its boundary", () => {
  it("the tutorial: tol = |f(x₁₀₆) − f(x₁₀₅)| from PyTorch's run stops after update 106, one bit less after 107", () => {
    const traj = tutorial.untilTolerance.trajectory as { f: number }[];
    const k = tutorial.untilTolerance.iterations;
    const change = Math.abs(traj[k]!.f - traj[k - 1]!.f);
    const at = (tol: number) =>
      run(tutorial.expr, { x0: { x: tutorial.x0 }, optimizer: { name: "sgd", lr: tutorial.lr }, tol });
    const r = at(change);
    expect([r.reason, r.iterations]).toEqual(["tolerance", k]);
    expect(Math.abs(r.min - r.trajectory[k - 1]!.f)).toBe(change);
    expect(at(justBelow(change)).iterations).toBe(k + 1);
  });

  // torch.optim's path through the same loop: Adam on Booth (optimizers.json), boundary from our own tol-0 run.
  it.each(["booth/adam/lr=0.3-amsgrad=True-weight_decay=0.01", "himmelblau/rmsprop/lr=0.05-alpha=0.95"])(
    "%s: stops exactly at the update whose |Δf| equals tol",
    (name) => {
      const c = torchCases.find((t) => t.name === name)!;
      const options = { x0: c.x0, optimizer: c.optimizer, maxIter: c.steps.length - 1 };
      const free = run(c.expr, { ...options, tol: 0 });
      const changes = free.trajectory.slice(1).map((p, j) => Math.abs(p.f - free.trajectory[j]!.f));
      // an update whose change is below every earlier one (so no earlier update stops) and not the last
      const k = changes.findIndex((d, j) => j >= 10 && changes.slice(0, j).every((e) => e > d)) + 1;
      expect(k).toBeGreaterThan(10);
      const r = run(c.expr, { ...options, tol: changes[k - 1]! });
      expect([r.reason, r.iterations]).toEqual(["tolerance", k]);
      expect(run(c.expr, { ...options, tol: justBelow(changes[k - 1]!) }).iterations).toBeGreaterThan(k);
    },
  );
});

describe("stop messages say what happened", () => {
  // eps = 0 from a stationary start: the adaptive methods divide 0 by 0 (torch gives nan too). Not an overflow,
  // and not a learning rate that is too large.
  it.each(["adam", "rmsprop", "adagrad"] as const)("%s with eps = 0 at a zero gradient: 0/0", (name) => {
    const r = run("x^2 + y^2", { x0: { x: 0, y: 1 }, optimizer: { name, eps: 0 } });
    expect(r.status).toBe("diverged");
    expect(r.messageMsg.id).toBe("gd.zeroOverZero");
    expect(r.message).toMatch(/^Update 1 divided 0 by 0: .* eps = 0 .* Give eps > 0/);
    expect(r.message).not.toMatch(/overflow|learning rate/);
    expect(say(r.messageMsg, "th")).toMatch(/หาร 0 ด้วย 0/);
  });

  it.each<OptimizerConfig>([
    { name: "sgd", lr: 0 },
    { name: "sgd", lr: 0, momentum: 0.9 },
    { name: "rmsprop", lr: 0 },
    { name: "adagrad", lr: 0 },
    { name: "adam", lr: 0 },
  ])("lr = 0 ($name): nothing moves, and the message says so", (optimizer) => {
    const r = run("x^2 - 4x", { x0: { x: 10 }, optimizer });
    expect(r.argmin).toEqual({ x: 10 });
    expect(r.messageMsg.id).toBe("gd.lrZero");
    expect(r.message).toBe(
      "With the learning rate lr = 0 no update moves x: it stays at the start, where the slope is 16. Give lr > 0 to descend.",
    );
    expect(r.message).not.toMatch(/smaller learning rate/);
  });
});

describe("a user's names are never object keys that JavaScript treats specially", () => {
  const names = ["__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"];
  it.each(names)("%s survives gradient and descent", (name) => {
    const node = parse(`(${name} - 1)^2 + y^2`);
    const at = Object.fromEntries([
      [name, 3],
      ["y", 1],
    ]);
    const { grad } = valueAndGrad(node, at);
    expect(Object.keys(grad).sort()).toEqual([name, "y"].sort());
    expect(grad[name]).toBe(4);
    const r = runDescent(node, { x0: at, maxIter: 3 });
    expect(Object.keys(r.argmin).sort()).toEqual([name, "y"].sort());
    for (const s of r.steps) {
      expect(Object.hasOwn(s.x, name)).toBe(true);
      expect(Object.hasOwn(s.grad, name)).toBe(true);
      if (s.update) expect(Object.hasOwn(s.update, name)).toBe(true);
    }
    expect(Object.keys(r.trajectory[3]!.x)).toContain(name);
    const json = JSON.parse(JSON.stringify(r));
    expect(Object.hasOwn(json.argmin, name)).toBe(true);
    expect(Object.getPrototypeOf(r.argmin)).toBe(Object.getPrototypeOf({}));
  });
});
