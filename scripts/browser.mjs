// Which Chromium the end-to-end tests drive, in the order the README promises: a system Chromium or Chrome (Debian's
// /usr/bin/chromium on the school machines), then the Chromium Playwright downloads into the user's own cache
// (~/.cache/ms-playwright). playwright.config.ts and scripts/test.mjs both ask here, so they cannot disagree.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { reachable, runInstaller } from "./download.mjs";

const require = createRequire(import.meta.url);

// Ubuntu's /usr/bin/chromium-browser is left out on purpose: it starts the snap, which cannot read Playwright's
// temporary profile directory; Playwright's own Chromium serves those machines better.
export const SYSTEM_BROWSERS =
  {
    linux: ["/usr/bin/chromium", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"],
    darwin: [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ],
    win32: [
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
    ],
  }[process.platform] ?? [];

/** Where `npx playwright install chromium` puts the Chromium this Playwright version drives (it need not exist). */
export function playwrightChromium() {
  try {
    return require("playwright-core").chromium.executablePath();
  } catch {
    return null;
  }
}

/** `{ source: "system" | "playwright", path }` for the first browser that exists, or null. */
export function findBrowser({
  system = SYSTEM_BROWSERS,
  playwright = playwrightChromium(),
  exists = existsSync,
} = {}) {
  for (const path of system) if (exists(path)) return { source: "system", path };
  if (playwright && exists(playwright)) return { source: "playwright", path: playwright };
  return null;
}

export const NO_BROWSER =
  "no Chromium or Chrome found, and none could be downloaded: install one with `sudo apt-get install chromium` or `npx playwright install chromium`, then run `npm test` again";

const PLAYWRIGHT_CDN = "https://cdn.playwright.dev";

/**
 * A browser for the end-to-end step, downloading Playwright's Chromium when none is found and the network allows:
 * `{ browser }`, or `{ error }` (one line) when there is none. PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 forbids the download.
 */
export async function ensureBrowser({
  find = () => findBrowser(),
  online = () => reachable(process.env.PLAYWRIGHT_DOWNLOAD_HOST || PLAYWRIGHT_CDN),
  install = () =>
    runInstaller(process.execPath, [require.resolve("@playwright/test/cli"), "install", "chromium"], {
      timeoutMs: 15 * 60_000,
    }),
  env = process.env,
  log = console.log,
} = {}) {
  const found = find();
  if (found) return { browser: found };
  if (env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD || !(await online())) return { error: NO_BROWSER };
  log("No Chromium found: downloading Playwright's once (npx playwright install chromium)…");
  await install();
  const installed = find();
  return installed ? { browser: installed } : { error: NO_BROWSER };
}
