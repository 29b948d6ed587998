// Renders build/icon.svg to the PNG sizes electron-builder packs (build/icons/<n>x<n>.png for Linux,
// build/icon.png at 1024 for macOS and Windows, which it converts). Run after editing the SVG; the PNGs are committed.
import { chromium } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";

const svg = readFileSync("build/icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  const file = size === 1024 ? "build/icon.png" : `build/icons/${size}x${size}.png`;
  await page.screenshot({ path: file, omitBackground: true });
}
await browser.close();
