// `npm test`: every check, in order, stopping at the first failure. Before the end-to-end step it finds a Chromium
// (scripts/browser.mjs), downloading Playwright's when none is there and the network allows.
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "./browser.mjs";

const E2E = "end-to-end (Playwright, Chromium)";
const steps = [
  ["typecheck core", "npm run -s typecheck:core"],
  ["typecheck app", "npm run -s typecheck:app"],
  ["typecheck renderer (svelte-check)", "npm run -s typecheck:renderer"],
  ["formatting (prettier --check)", "npm run -s format:check"],
  ["unit tests (vitest)", "npm run -s test:unit"],
  ["electron-builder.yml against app-builder-lib's schema", "npm run -s test:builder"],
  [E2E, "npm run -s test:e2e"],
];

let passed = 0;
const fail = (line) => {
  console.error(`\n✗ ${line}`);
  console.log(`checks: ${passed} passed, 1 failed`);
  process.exit(1);
};

for (const [name, command] of steps) {
  if (name === E2E) {
    const { browser, error } = await ensureBrowser();
    if (error) fail(`${name} not run: ${error}`);
    console.log(`\nbrowser: ${browser.path} (${browser.source})`);
  }
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { stdio: "inherit", shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) fail(`${name} failed (exit ${status}, ${seconds}s)`);
  console.log(`✓ ${name} (${seconds}s)`);
  passed++;
}
console.log(`checks: ${passed} passed, 0 failed`);
