// Regenerates docs/screenshot.png (the README's picture): builds the renderer, serves it on 127.0.0.1 and
// photographs the opening screen in Chromium (scripts/browser.mjs).   node scripts/screenshot.mjs [--lang th]
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { findBrowser } from "./browser.mjs";
import { serveWeb } from "./serve-web.mjs";

const lang = process.argv.includes("--lang") ? process.argv[process.argv.indexOf("--lang") + 1] : "en";
const built = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
const server = await serveWeb({ port: 4399 });
const browser = await chromium.launch({
  executablePath: findBrowser()?.path,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: lang });
  await page.goto("http://127.0.0.1:4399/");
  await page.getByRole("region", { name: lang === "th" ? "แคลคูลัส" : "Calculus" }).waitFor();
  await page.waitForTimeout(500);
  const out = lang === "en" ? "docs/screenshot.png" : `docs/screenshot-${lang}.png`;
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
