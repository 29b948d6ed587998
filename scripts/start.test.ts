import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

function electronInstalled(): boolean {
  try {
    createRequire(import.meta.url)("electron");
    return true;
  } catch {
    return false;
  }
}

describe("npm start without the Electron binary", () => {
  it.skipIf(electronInstalled())(
    "prints one clear line about the missing desktop shell, then serves the UI on 127.0.0.1",
    async () => {
      const child = spawn(process.execPath, ["scripts/start.mjs"], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no address printed:\n${out}`)), 20_000);
          child.stdout.on("data", () => {
            if (/http:\/\/127\.0\.0\.1:\d+/.test(out)) {
              clearTimeout(timer);
              resolve();
            }
          });
        });
        const lines = out.trim().split("\n");
        expect(lines[0]).toMatch(/desktop shell is not installed.*node node_modules\/electron\/install\.js/);
        expect(out).not.toMatch(/Error:|at .*\(.*:\d+:\d+\)/); // no stack trace
        const url = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(out)![0];
        const response = await fetch(url);
        expect(response.status).toBeLessThan(500);
      } finally {
        child.kill();
      }
    },
  );
});
