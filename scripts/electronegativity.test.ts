import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";

// Proxies pointing at a closed port: were the wrapper to reach for the network, it would fail, not hang.
const scan = (...inputs: string[]) =>
  spawnSync(process.execPath, ["scripts/electronegativity.mjs", ...inputs], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, HTTPS_PROXY: "http://127.0.0.1:9", HTTP_PROXY: "http://127.0.0.1:9" },
  });

describe("electronegativity (offline wrapper)", () => {
  it("finds no HIGH or MEDIUM issue in app/ with the page it serves", () => {
    const run = scan();
    expect(run.stdout).toMatch(/0 HIGH or MEDIUM/);
    expect(run.status).toBe(0);
  });

  it("fails on a deliberately insecure shell", () => {
    const run = scan("scripts/fixtures/insecure-shell");
    for (const id of [
      "CONTEXT_ISOLATION_JS_CHECK",
      "SANDBOX_JS_CHECK",
      "WEB_SECURITY_JS_CHECK",
      "OPEN_EXTERNAL_JS_CHECK",
      "PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK",
    ])
      expect(run.stdout).toContain(id);
    expect(run.stdout).not.toMatch(/ 0 HIGH or MEDIUM/);
    expect(run.status).toBe(1);
  });
});
