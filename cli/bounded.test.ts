// Issue 8, bounded work at the command line: a request too big to answer quickly is one too_complex line and the
// batch goes on; a reader that stops early (`| head -1`) ends the batch quietly.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
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
        message: expect.stringMatching(/more than 500,000 operations/),
        span: [0, expr.length],
      },
    });
    expect(lines[1].error).toMatchObject({ code: "too_complex", message: expect.stringMatching(/has 12/) });
    expect(lines[2]).toEqual({
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
