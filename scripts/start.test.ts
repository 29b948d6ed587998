import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInstaller } from "./download.mjs";
import { chooseShell, electronBinary, failureMemo, RETRY_AFTER_MS } from "./start.mjs";

// Not require("electron"): since Electron 45 that starts a download when the binary is missing.
const electronInstalled = () => electronBinary() !== null;

const quiet = { env: {}, log: () => {} };

// A stand-in machine: the Electron binary is a file in a temporary folder, the installer a real child process
// (node -e …) that writes it or fails the way Electron's installer does, the failure memo a file beside them.
function machine({ binary = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "start-"));
  const electron = path.join(dir, "electron");
  if (binary) writeFileSync(electron, "");
  const installer = (script: string, timeoutMs = 10_000) => {
    const install = () => {
      runs.push("install");
      return runInstaller(process.execPath, ["-e", script, electron], { timeoutMs, quiet: true });
    };
    return install;
  };
  const runs: string[] = [];
  const m = {
    electron,
    runs,
    memo: failureMemo(path.join(dir, "cache", "electron-download-failed")),
    binary: () => (existsSync(electron) ? electron : null),
    online: (answer: boolean) => async () => (runs.push("online"), answer),
    writes: installer("require('fs').writeFileSync(process.argv[1], '')"),
    fails: installer(
      "console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at stack'); process.exit(1)",
    ),
    hangs: installer("setInterval(() => {}, 1000)", 300),
  };
  /** chooseShell's options on this machine: online, the installer that writes the binary, unless overridden. */
  const options = (over: Partial<Parameters<typeof chooseShell>[0]> = {}) => ({
    ...quiet,
    binary: m.binary,
    online: m.online(true),
    install: m.writes,
    memo: m.memo,
    ...over,
  });
  return { ...m, options };
}

describe("npm start: Electron when it can, else the web UI with one line", () => {
  it("opens Electron when the binary is present, without asking the network", async () => {
    const m = machine({ binary: true });
    const choice = await chooseShell(m.options());
    expect(choice).toEqual({ shell: "electron", binary: m.electron });
    expect(m.runs).toEqual([]);
  });

  it("runs the installer once when the binary is missing, then opens Electron", async () => {
    const m = machine();
    const choice = await chooseShell(m.options());
    expect(choice).toEqual({ shell: "electron", binary: m.electron });
    expect(m.runs).toEqual(["online", "install"]);
    expect(m.memo.failedAt()).toBeNaN();
  });

  it.each([
    [
      "the installer fails",
      "fails",
      /could not be downloaded \(RequestError: getaddrinfo ENOTFOUND github\.com;/,
    ],
    ["the installer hangs", "hangs", /could not be downloaded \(no answer within 0.3 s;/],
  ] as const)("%s: the web UI, with one line and no stack trace", async (_, installer, reason) => {
    const m = machine();
    const choice = await chooseShell(m.options({ install: m[installer] }));
    expect(choice.shell).toBe("web");
    expect(choice.line).toMatch(reason);
    expect(choice.line).toMatch(
      /node node_modules\/electron\/install\.js.*serving the same UI in your browser instead:$/,
    );
    expect(choice.line).not.toContain("\n");
    expect(m.memo.failedAt()).toBeGreaterThan(0);
  });

  it("offline: the web UI at once, without running the installer", async () => {
    const m = machine();
    const choice = await chooseShell(m.options({ online: m.online(false) }));
    expect(choice.line).toMatch(/no network to download it/);
    expect(m.runs).toEqual(["online"]);
  });

  it("a download that failed moments ago is not tried again, until RETRY_AFTER_MS has passed", async () => {
    const m = machine();
    const now = Date.now();
    const start = (at: number) => chooseShell(m.options({ install: m.fails, now: at }));
    expect((await start(now)).shell).toBe("web");
    expect(m.runs).toEqual(["online", "install"]);

    const again = await start(now + 5 * 60_000);
    expect(again.line).toMatch(/its download failed 5 min ago/);
    expect(m.runs).toEqual(["online", "install"]);

    await start(now + RETRY_AFTER_MS + 1);
    expect(m.runs).toEqual(["online", "install", "online", "install"]);
  });

  it("ELECTRON_SKIP_BINARY_DOWNLOAD: no download attempt", async () => {
    const m = machine();
    const choice = await chooseShell(m.options({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: "1" } }));
    expect(choice.line).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD is set/);
    expect(m.runs).toEqual([]);
  });

  it("--web serves the web UI without a line, whatever is installed", async () => {
    const m = machine({ binary: true });
    expect(await chooseShell(m.options({ web: true }))).toEqual({ shell: "web", line: null });
  });
});

describe("npm start without the Electron binary, as a process", () => {
  it.skipIf(electronInstalled())(
    "prints one clear line about the missing desktop shell, then serves the UI on 127.0.0.1",
    async () => {
      // ELECTRON_SKIP_BINARY_DOWNLOAD keeps the real installer (and the network) out of the test.
      const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: "1" };
      const child = spawn(process.execPath, ["scripts/start.mjs"], {
        stdio: ["ignore", "pipe", "pipe"],
        env,
      });
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
