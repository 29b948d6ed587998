// The compiled command line (dist-cli/descent.mjs, built by scripts/build-cli.mjs and started by bin/descent.mjs)
// answers exactly as the TypeScript source does, and a stale build is never run: bin/descent.mjs rebuilds it when
// any source it was made from has changed.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { handleLine } from "./batch.ts";

const BIN = fileURLToPath(new URL("../bin/descent.mjs", import.meta.url));
const INPUTS = fileURLToPath(new URL("../dist-cli/inputs.json", import.meta.url));
const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    stdio: "pipe",
    maxBuffer: 1 << 28,
  });

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../core/fixtures/${name}.json`, import.meta.url), "utf8")) as {
    cases: { expr: string; points?: { at: Record<string, number> }[] }[];
  };

describe("bin/descent.mjs runs the compiled command line", () => {
  it("gives byte-identical output to the source for the fixtures batch", () => {
    const requests: string[] = [];
    for (const c of fixture("expressions").cases) {
      requests.push(JSON.stringify({ op: "diff", expr: c.expr }));
      for (const p of c.points ?? []) requests.push(JSON.stringify({ op: "eval", expr: c.expr, at: p.at }));
    }
    for (const c of fixture("minima").cases.slice(0, 30))
      requests.push(JSON.stringify({ op: "compare", expr: c.expr }));
    requests.push('{"op":"minimize","expr":"x^2 - 4x","method":"gd","x0":{"x":10}}', "not json");
    const expected = requests.map((r) => handleLine(r) + "\n").join("");
    expect(run(["batch"], requests.join("\n") + "\n")).toBe(expected);
  }, 120_000);

  it("rebuilds a stale build before running it", () => {
    run(["diff", "x"]); // a fresh build now
    const fresh = readFileSync(INPUTS, "utf8");
    const inputs = JSON.parse(fresh) as Record<string, [number, number]>;
    expect(Object.keys(inputs)).toContain("cli/main.ts");
    expect(Object.keys(inputs)).toContain("core/diff/derivative.ts");
    // As if core/diff/derivative.ts had been edited since the build: the next start rebuilds and records it anew.
    inputs["core/diff/derivative.ts"] = [0, 0];
    writeFileSync(INPUTS, JSON.stringify(inputs));
    expect(run(["diff", "x^2 - 4x"])).toBe("f(x) = x^2 - 4x\ndf/dx = 2x - 4\n");
    expect(JSON.parse(readFileSync(INPUTS, "utf8"))).toEqual(JSON.parse(fresh));
  }, 60_000);
});
