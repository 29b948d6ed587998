// Bounded work at the command line: a request too big to answer quickly is one too_complex line and the
// batch goes on; a reader that stops early (`| head -1`) ends the batch quietly.
import fc from "fast-check";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FAMILIES } from "../bench/families.ts";
import { Budget, LIMITS, withBudget } from "../core/expr/budget.ts";
import { DescentError } from "../core/expr/errors.ts";
import { FUNCTIONS, type Node, apply, neg, num, sym } from "../core/expr/node.ts";
import { toText } from "../core/expr/print-text.ts";
import { handleLine } from "./batch.ts";

const BIN = fileURLToPath(new URL("../bin/descent.mjs", import.meta.url));
const product = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`).join("*");

describe("descent batch, bounded", () => {
  it("a too_complex request is one error line with its span, and the next line is still answered", () => {
    const expr = product(3000);
    const lines = [
      { op: "diff", expr },
      { op: "minimize", expr: product(12), method: "calculus" },
      { op: "diff", expr: "x^2 - 4x" },
    ].map((r) => JSON.parse(handleLine(JSON.stringify(r))));
    expect(lines[0]).toEqual({
      ok: false,
      error: {
        code: "too_complex",
        message: expect.stringMatching(/more than 400,000 operations/),
        span: [0, expr.length],
      },
    });
    expect(lines[1].error).toMatchObject({ code: "too_complex", message: expect.stringMatching(/has 12/) });
    expect(lines[2]).toMatchObject({
      ok: true,
      vars: ["x"],
      derivatives: { x: { text: "2x - 4", latex: "2x - 4" } },
    });
  });

  it("`descent batch < many.jsonl | head -1` ends quietly: exit 0, nothing on stderr", async () => {
    const child = spawn(process.execPath, [BIN, "batch"], { stdio: ["pipe", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const first = new Promise<string>((resolve) =>
      child.stdout.once("data", (d: Buffer) => {
        child.stdout.destroy(); // the reader goes away, as head does after its line
        resolve(d.toString().split("\n")[0]!);
      }),
    );
    const line = JSON.stringify({ op: "diff", expr: "x^2 - 4x" }) + "\n";
    child.stdin.on("error", () => {}); // the batch may stop reading before we stop writing
    child.stdin.end(line.repeat(20_000));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(JSON.parse(await first)).toMatchObject({ ok: true });
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});

// Every input the parser accepts is answered: ok, or an error a user can cause (too_complex among them), never an
// internal error or a hang. Deterministic: the work is counted (the wall clock is npm run bench's job).
const ERRORS = ["too_complex", "too_long", "too_deep", "domain", "invalid_option"];
function answered(request: Record<string, unknown>) {
  const budget = new Budget(); // outside the request's own: it counts the same work (nested budgets keep the outer)
  let line;
  try {
    line = JSON.parse(withBudget(budget, () => handleLine(JSON.stringify(request))));
  } catch (e) {
    // The request's line said too_complex too; withBudget rethrows the outer budget's limit at its end.
    if (!(e instanceof DescentError) || e.code !== "too_complex") throw e;
    line = { ok: false, error: e.toJSON() };
  }
  if (!line.ok) expect(ERRORS, JSON.stringify(line.error)).toContain(line.error.code);
  // The last count may overshoot by one walk over the graph, itself no bigger than the nodes built.
  expect(budget.nodes).toBeLessThanOrEqual(2 * LIMITS.nodes);
  expect(budget.criticalPoints).toBeLessThanOrEqual(LIMITS.criticalPoints);
  return line;
}

describe("every accepted input is answered within the work budget", () => {
  it.each(FAMILIES)("$name", ({ request }) => {
    answered(request);
  });

  const names = ["x", "y", "z", "w_1"];
  const BIN = ["add", "sub", "mul", "div", "pow"] as const;
  const expr: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", maxDepth: 7 },
      fc.constantFrom(...names).map((n) => sym(n)),
      fc.integer({ min: -3, max: 5 }).map((v) => num(v)),
      fc.tuple(fc.constantFrom(...BIN), tie("node"), tie("node")).map(([op, a, b]) => apply(op, [a, b])),
      tie("node").map((a) => neg(a)),
      fc.tuple(fc.constantFrom(...FUNCTIONS), tie("node")).map(([f, a]) => apply(f, [a])),
    ),
  })).node;

  it("random expressions: diff and compare always answer", () => {
    fc.assert(
      fc.property(expr, fc.constantFrom("diff", "compare"), (n, op) => {
        answered({ op, expr: toText(n) });
      }),
      { numRuns: 150 },
    );
  });
});
