import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const validate = (file: string) =>
  spawnSync(process.execPath, ["scripts/validate-builder.mjs", file], { encoding: "utf8" });

describe("electron-builder.yml validation (offline, app-builder-lib's schema)", () => {
  it("accepts the project's configuration", () => {
    const run = validate("electron-builder.yml");
    expect(run.stdout + run.stderr).toContain("valid electron-builder configuration");
    expect(run.status).toBe(0);
  });

  it.each([
    ["a misspelt option", "appId: x\nlinux:\n  tagret: deb\n"],
    ["an unknown top-level key", "appId: x\nproductNme: y\n"],
  ])("rejects %s", (_, yaml) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "builder-")), "bad.yml");
    writeFileSync(file, yaml);
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("invalid electron-builder configuration");
  });
});
