// The runner's own decisions, pinned where `npm run mutation core/methods/descent.ts` found them loose: which words
// close a run (lr = 0 only once an update was made, "jumping" only when f did not fall and the slope is not zero),
// the start refused when any partial derivative is infinite there, torch's accumulating .grad without zero_grad(),
// and a short run's record sized to the run. Expected words are the catalog's ids with parameters from the run.
import { describe, expect, it } from "vitest";
import { attempt } from "../expr/errors.ts";
import { msg } from "../messages/index.ts";
import { parse } from "../expr/parser.ts";
import { descend, runDescent, type DescentOptions } from "./descent.ts";
import { vectorText } from "./descent-messages.ts";
import { fma } from "./optimizers.ts";

const run = (expr: string, options: DescentOptions) => runDescent(parse(expr), options);

describe("the words that close a run", () => {
  it("lr = 0 with no update made says only that the limit was reached", () => {
    const options = { x0: { x: 10 }, maxIter: 0 };
    const still = run("x^2 - 4x", { ...options, optimizer: { name: "sgd", lr: 0 } });
    const moving = run("x^2 - 4x", { ...options, optimizer: { name: "sgd", lr: 0.1 } });
    expect(still.messageMsg).toStrictEqual(moving.messageMsg);
    expect(still.messageMsg.id).toBe("gd.maxIter");
  });

  it.each<[string, Record<string, number>]>([
    ["x^2 - 4x", { x: 10 }],
    ["x^2 - 4x + y^2", { x: 10, y: 0 }],
  ])(
    "lr 1 on %s jumps across the minimum to the same f: converged, then 'jumping' with the slope there",
    (expr, x0) => {
      const r = run(expr, { x0, optimizer: { name: "sgd", lr: 1 } });
      const last = r.steps[r.steps.length - 1]!;
      expect(r.min).toBe(r.steps[0]!.f);
      expect(r.messageMsg).toStrictEqual(
        msg("gd.then", {
          first: msg("gd.converged.one", { k: "1", change: "0", tol: "0.001" }),
          then: msg("gd.jumping", { g: vectorText(r.vars.map((v) => last.grad[v]!)) }),
        }),
      );
    },
  );

  it.each<[string, string, Record<string, number>, number]>([
    ["a start at the minimum (f unchanged, slope 0)", "x^2", { x: 0 }, 0.1],
    ["a run whose f fell", "x^2 - 4x", { x: 10 }, 0.02],
  ])("%s converges without 'jumping'", (_, expr, x0, lr) => {
    const r = run(expr, { x0, optimizer: { name: "sgd", lr } });
    expect(r.status).toBe("converged");
    expect(r.messageMsg.id).toMatch(/^gd\.converged\./);
  });
});

describe("the start", () => {
  it.each<[string, Record<string, number>]>([
    ["sqrt(x)", { x: 0 }],
    ["x^2 + sqrt(y)", { x: 1, y: 0 }],
  ])("%s at %o: f is finite but a slope is infinite, so the run is refused", (expr, x0) => {
    const r = attempt(() => run(expr, { x0 }));
    expect(r.ok ? null : r.error.code).toBe("domain");
  });

  it("descend refuses an infinite starting point even where f and its gradient are finite", () => {
    const r = attempt(() => descend((_x, g) => ((g[0] = 0), 1), [Infinity]));
    expect(r.ok ? null : r.error.msg?.id).toBe("gd.badStartBare");
  });

  it("a short run's record is sized to the run, not to the 2¹⁶ points a long one starts with", () => {
    const r = run("x^2 + y^2", { x0: { x: 1, y: 2 }, maxIter: 10, tol: 0 });
    expect(r.raw.x.buffer.byteLength).toBe((10 + 1) * 2 * Float64Array.BYTES_PER_ELEMENT);
  });
});

it("without zero_grad() each update uses the sum of every gradient so far (torch's accumulating .grad)", () => {
  const lr = 0.05;
  const r = run("x^2 + 3y^2", {
    x0: { x: 1, y: -2 },
    optimizer: { name: "sgd", lr },
    maxIter: 4,
    tol: 0,
    forgetZeroGrad: true,
  });
  const sum = { x: 0, y: 0 };
  for (let k = 1; k < r.steps.length; k++) {
    const [before, after] = [r.steps[k - 1]!, r.steps[k]!];
    for (const v of ["x", "y"] as const) {
      sum[v] += before.grad[v]!;
      expect(after.x[v]).toBe(fma(-lr, sum[v], before.x[v]!));
    }
  }
});
