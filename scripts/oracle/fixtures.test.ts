// The committed fixtures are exactly what scripts/oracle/ generates: regenerate all four into a temporary folder
// with SymPy and PyTorch and compare byte for byte, so a hand-edited fixture or a drifted oracle fails the suite.
// About 25 s of CPU (minima and expressions take most of it): two Python processes share it out on two cores.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PYTHON, oracleAvailable } from "./python.ts";

const committed = fileURLToPath(new URL("../../core/fixtures/", import.meta.url));
const generator = fileURLToPath(new URL("./generate.py", import.meta.url));
const names = readdirSync(committed).filter((f) => f.endsWith(".json"));

describe.runIf(oracleAvailable(["sympy", "torch"], "the fixture regeneration check"))(
  "core/fixtures regenerate byte for byte",
  () => {
    const out = mkdtempSync(join(tmpdir(), "descent-fixtures-"));
    afterAll(() => rmSync(out, { recursive: true, force: true }));
    const groups = [
      ["minima"],
      [
        "expressions",
        "mathjs-suite",
        "optimizers",
        "tutorial",
        "powers",
        "rewrites",
        "stability",
        "zero-grad",
        "nn-train",
      ],
    ];
    beforeAll(async () => {
      const run = promisify(execFile);
      await Promise.all(
        groups.map((g) => run(PYTHON, [generator, "--out", out, ...g], { timeout: 240_000 })),
      );
    }, 250_000);

    it("generates every committed fixture", () => {
      expect(groups.flat().sort()).toEqual(names.map((n) => n.replace(/\.json$/, "")).sort());
    });

    it.each(names)("%s", (name) => {
      const fresh = readFileSync(join(out, name), "utf8");
      const mine = readFileSync(join(committed, name), "utf8");
      if (fresh !== mine) {
        const a = mine.split("\n");
        const b = fresh.split("\n");
        const line = a.findIndex((l, i) => l !== b[i]);
        expect.fail(
          `${name} differs from a fresh regeneration at line ${line + 1}:\n` +
            `committed: ${a[line]?.slice(0, 300)}\ngenerated: ${b[line]?.slice(0, 300)}\n` +
            `(run npm run fixtures, or fix the hand edit)`,
        );
      }
    });
  },
);
