import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBrowser, findBrowser, NO_BROWSER } from "./browser.mjs";

// A stand-in file system: Debian's Chromium and Playwright's cached one as empty files under a temporary root.
function machine(files: string[]) {
  const root = mkdtempSync(path.join(tmpdir(), "browser-"));
  const at = (file: string) => path.join(root, file);
  for (const file of files) {
    mkdirSync(path.dirname(at(file)), { recursive: true });
    writeFileSync(at(file), "");
  }
  return {
    at,
    find: () =>
      findBrowser({
        system: [at("usr/bin/chromium"), at("usr/bin/google-chrome")],
        playwright: at(".cache/ms-playwright/chromium-1255/chrome-linux64/chrome"),
      }),
  };
}

const DEBIAN = "usr/bin/chromium";
const CHROME = "usr/bin/google-chrome";
const PLAYWRIGHT = ".cache/ms-playwright/chromium-1255/chrome-linux64/chrome";

describe("browser lookup: system Chromium or Chrome, then Playwright's under the user's cache", () => {
  it.each([
    ["Debian's Chromium", [DEBIAN], "system", DEBIAN],
    ["Chrome only", [CHROME], "system", CHROME],
    ["Playwright's cache only", [PLAYWRIGHT], "playwright", PLAYWRIGHT],
    ["Debian's and Playwright's", [PLAYWRIGHT, DEBIAN], "system", DEBIAN],
  ])("%s", (_, files, source, file) => {
    const m = machine(files);
    expect(m.find()).toEqual({ source, path: m.at(file) });
  });

  it("none", () => {
    expect(machine([]).find()).toBeNull();
  });

  it("looks for Playwright's browser under the real home's cache, not a folder inside the project", () => {
    const home = mkdtempSync(path.join(tmpdir(), "home-"));
    const env = { ...process.env, HOME: home, XDG_CACHE_HOME: "", PLAYWRIGHT_BROWSERS_PATH: "" };
    const run = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "import('./scripts/browser.mjs').then(m => console.log(m.playwrightChromium()))",
      ],
      { encoding: "utf8", env },
    );
    expect(run.stdout.trim().startsWith(path.join(home, ".cache", "ms-playwright") + path.sep)).toBe(true);
  });
});

describe("a browser for npm test's end-to-end step", () => {
  const calls = () => {
    const log: string[] = [];
    return { log, record: (what: string, result: unknown) => () => (log.push(what), result) };
  };

  it("uses the browser it finds without asking the network", async () => {
    const m = machine([DEBIAN]);
    const { log, record } = calls();
    const result = await ensureBrowser({
      find: m.find,
      online: record("online", true),
      install: record("install", {}),
      env: {},
      log: () => {},
    });
    expect(result).toEqual({ browser: { source: "system", path: m.at(DEBIAN) } });
    expect(log).toEqual([]);
  });

  it("downloads Playwright's Chromium when none is found and the network allows", async () => {
    const m = machine([]);
    const install = async () => {
      mkdirSync(path.dirname(m.at(PLAYWRIGHT)), { recursive: true });
      writeFileSync(m.at(PLAYWRIGHT), ""); // what `npx playwright install chromium` leaves behind
      return { ok: true };
    };
    const result = await ensureBrowser({
      find: m.find,
      online: async () => true,
      install,
      env: {},
      log: () => {},
    });
    expect(result).toEqual({ browser: { source: "playwright", path: m.at(PLAYWRIGHT) } });
  });

  it.each([
    ["offline", false, {}],
    ["downloads forbidden", true, { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" }],
  ])("%s and without a browser: one line naming both ways to get one, no install", async (_, online, env) => {
    const { log, record } = calls();
    const result = await ensureBrowser({
      find: machine([]).find,
      online: async () => online,
      install: record("install", {}),
      env,
      log: () => {},
    });
    expect(result).toEqual({ error: NO_BROWSER });
    expect(log).toEqual([]);
    expect(NO_BROWSER).not.toContain("\n");
    expect(NO_BROWSER).toContain("apt-get install chromium");
    expect(NO_BROWSER).toContain("npx playwright install chromium");
  });

  it("a download that fails leaves the same line", async () => {
    const result = await ensureBrowser({
      find: machine([]).find,
      online: async () => true,
      install: async () => ({ ok: false }),
      env: {},
      log: () => {},
    });
    expect(result).toEqual({ error: NO_BROWSER });
  });
});
