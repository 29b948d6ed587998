// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";

const steps = [
  ["typecheck core", "npm run -s typecheck:core"],
  ["typecheck app", "npm run -s typecheck:app"],
  ["typecheck renderer (svelte-check)", "npm run -s typecheck:renderer"],
  ["formatting (prettier --check)", "npm run -s format:check"],
  ["unit tests (vitest)", "npm run -s test:unit"],
  ["electron-builder.yml against app-builder-lib's schema", "npm run -s test:builder"],
  ["end-to-end (Playwright, Chromium)", "npm run -s test:e2e"],
];

let passed = 0;
for (const [name, command] of steps) {
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { stdio: "inherit", shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status}, ${seconds}s)`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
  passed++;
}
console.log(`checks: ${passed} passed, 0 failed`);
