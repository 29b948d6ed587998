// `descent batch` minimize/compare and the `minimize`/`compare` commands, with the answers checked against the
// oracle fixtures (tutorial.json from PyTorch, minima.json from SymPy).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handleLine } from "./batch.ts";
import { main, type Io } from "./main.ts";
import { toleranceBoundary } from "../core/test-support/tolerance.ts";

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../core/fixtures/${name}`, import.meta.url), "utf8"));
const tutorial = read("tutorial.json");
const minima = read("minima.json").cases as {
  expr: string;
  status: string;
  min?: { value: number };
  critical?: unknown[];
}[];

const ask = (req: unknown) => JSON.parse(handleLine(JSON.stringify(req)));

describe("batch minimize", () => {
  it("gd: a plain gd request gives PyTorch's run, trajectory starting at x0", () => {
    const r = ask({
      op: "minimize",
      expr: tutorial.expr,
      method: "gd",
      x0: { x: 10 },
      optimizer: { name: "sgd", lr: tutorial.lr, momentum: 0 },
      tol: tutorial.tol,
      maxIter: 1000,
    });
    const run = tutorial.untilTolerance;
    expect(r.ok).toBe(true);
    expect(r.status).toBe("converged");
    expect(r.iterations).toBe(run.iterations);
    expect(r.trajectory).toHaveLength(run.iterations + 1);
    expect(r.trajectory[0]).toEqual({ x: { x: run.trajectory[0].x }, f: run.trajectory[0].f });
    r.trajectory.forEach((p: { x: { x: number }; f: number }, k: number) => {
      expect(Math.abs(p.x.x - run.trajectory[k].x)).toBeLessThanOrEqual(
        1e-12 * Math.abs(run.trajectory[k].x),
      );
    });
    expect(r.argmin.x).toBe(r.trajectory[r.trajectory.length - 1].x.x);
    expect(Math.abs(r.min - run.f)).toBeLessThan(1e-12);
    expect(r.steps).toHaveLength(run.iterations + 1);
  });

  it("gd defaults are the tutorial's (x0 = 10, lr 0.02, tol 1e-3, 1000 updates)", () => {
    const r = ask({ op: "minimize", expr: tutorial.expr, method: "gd" });
    expect(r.iterations).toBe(tutorial.untilTolerance.iterations);
  });

  it.each(minima.filter((_, i) => i % 6 === 0).map((c) => [c.expr, c] as const))(
    "closed-form and calculus: %s",
    (_, c) => {
      const calc = ask({ op: "minimize", expr: c.expr, method: "calculus" });
      expect(calc.ok).toBe(true);
      expect(calc.status).toBe(c.status);
      expect(Array.isArray(calc.critical)).toBe(true);
      expect(Array.isArray(calc.steps)).toBe(true);
      if (c.status === "minimum")
        expect(Math.abs(calc.min - c.min!.value)).toBeLessThan(1e-6 * (1 + Math.abs(c.min!.value)));
      else expect(calc.argmin).toBeUndefined();
      const cf = ask({ op: "minimize", expr: c.expr, method: "closed-form" });
      expect(cf.ok).toBe(true);
      expect(["minimum", "unbounded", "no-minimum", "unsupported"]).toContain(cf.status);
      if (cf.status !== "unsupported") expect(cf.status).toBe(c.status);
    },
  );

  it.each([
    [{ op: "minimize", expr: "x^2", method: "newton" }, "invalid_option"],
    [{ op: "minimize", expr: "x^2 -", method: "calculus" }, "unexpected_end"],
    [{ op: "minimize", expr: 3, method: "gd" }, "invalid_option"],
    [{ op: "minimize", expr: "x^2", method: "gd", optimizer: { name: "lbfgs" } }, "invalid_option"],
    [{ op: "minimize", expr: "x^2", method: "gd", tol: "small" }, "invalid_option"],
    [{ op: "minimize", expr: "x^2 + y^2", method: "gd", x0: { x: 1 } }, "invalid_option"],
  ])("bad request %j → %s", (req, code) => {
    const r = ask(req);
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe(code);
  });
});

describe("batch compare", () => {
  it("all three answers, agreement and GD's error on the tutorial's function", () => {
    const r = ask({ op: "compare", expr: tutorial.expr });
    expect(r.ok).toBe(true);
    expect(r.closedForm.status).toBe("minimum");
    expect(r.calculus.status).toBe("minimum");
    expect(r.gd.iterations).toBe(tutorial.untilTolerance.iterations);
    expect(r.exactAgree).toBe(true);
    expect(r.gdError.x).toBeCloseTo(Math.abs(r.gd.argmin.x - r.closedForm.argmin.x), 12);
    expect(r.rows.map((row: { method: string }) => row.method)).toEqual(["closed-form", "calculus", "gd"]);
  });
});

function capture(): Io & { text: () => string; errors: () => string } {
  let out = "";
  let err = "";
  return {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    lines: async function* () {},
    text: () => out,
    errors: () => err,
  };
}

describe("descent minimize / compare", () => {
  it("readable by default, JSON with --json", async () => {
    const io = capture();
    expect(await main(["minimize", "x^2 - 4x", "--method", "closed-form"], io)).toBe(0);
    expect(io.text()).toContain("(x - 2)^2 - 4");
    const json = capture();
    expect(await main(["minimize", "x^2 - 4x", "--method", "gd", "--x0", "x=10", "--json"], json)).toBe(0);
    expect(JSON.parse(json.text()).iterations).toBe(tutorial.untilTolerance.iterations);
    const cmp = capture();
    expect(await main(["compare", "x^2 - 4x"], cmp)).toBe(0);
    expect(cmp.text()).toMatch(/closed-form\s+minimum/);
  });

  it("optimizer flags reach torch's option names", async () => {
    const io = capture();
    const code = await main(
      [
        "minimize",
        "x^2 - 4x",
        "--method",
        "gd",
        "--optimizer",
        "sgd",
        "--momentum",
        "0.9",
        "--lr",
        "0.01",
        "--json",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(io.text()).steps[1].state.velocity).toBeDefined();
  });

  it("a bad expression exits 1 with a caret; a bad flag exits 2", async () => {
    const bad = capture();
    expect(await main(["minimize", "x^2 -", "--method", "calculus"], bad)).toBe(1);
    expect(bad.errors()).toContain("^");
    const usage = capture();
    expect(await main(["minimize", "x^2", "--lr", "fast"], usage)).toBe(2);
  });
});

// The stopping rule at its boundary, through both doors of the CLI: tol equal to the |Δf| of the tutorial's update
// 106 (computed from PyTorch's trajectory, not typed) stops there; one bit less carries the run to update 107.
describe("minimize gd: |Δf| ≤ tol at its boundary", () => {
  const { k, change, below } = toleranceBoundary(tutorial.untilTolerance);

  it.each([
    ["tol = |Δf| at update 106", change, k],
    ["tol one bit below it", below, k + 1],
  ])("batch, %s", (_, tol, iterations) => {
    const r = ask({ op: "minimize", expr: tutorial.expr, method: "gd", x0: { x: 10 }, tol });
    expect([r.status, r.iterations]).toEqual(["converged", iterations]);
  });

  it.each([
    ["tol = |Δf| at update 106", change, k],
    ["tol one bit below it", below, k + 1],
  ])("descent minimize --tol, %s", async (_, tol, iterations) => {
    const io = capture();
    const argv = [
      "minimize",
      tutorial.expr,
      "--method",
      "gd",
      "--x0",
      "x=10",
      "--tol",
      String(tol),
      "--json",
    ];
    expect(await main(argv, io)).toBe(0);
    expect(JSON.parse(io.text()).iterations).toBe(iterations);
  });
});

describe("maxIter is capped (the page, the CLI and the README say 100 000)", () => {
  const line = (maxIter: unknown, key = "maxIter") =>
    JSON.parse(handleLine(JSON.stringify({ op: "minimize", method: "gd", expr: "x^2", [key]: maxIter })));
  it.each([
    [100_001, "maxIter"],
    [1e6, "max_iter"],
    [-1, "maxIter"],
    [2.5, "maxIter"],
  ])("%s as %s → invalid_option naming the cap", (maxIter, key) => {
    const out = line(maxIter, key);
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe("invalid_option");
    expect(out.error.message).toBe(
      `${key} must be a whole number from 0 to 100000 (got ${maxIter}): a longer run takes seconds and hundreds of megabytes.`,
    );
  });
  it("the cap itself is accepted", () => {
    expect(line(100_000).ok).toBe(true);
  });
  it("the usage text names the cap", async () => {
    const out: string[] = [];
    const io: Io = {
      out: (s) => void out.push(s),
      err: (s) => void out.push(s),
      lines: async function* () {},
    };
    await main(["--help"], io);
    expect(out.join("\n")).toContain('"maxIter" is at most 100000');
  });
});
