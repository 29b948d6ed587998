#!/usr/bin/env node
// The `descent` command: runs dist-cli/descent.mjs, the command line compiled to one JavaScript file by
// scripts/build-cli.mjs. At each start it checks that file against the sources it was built from (size and
// modification time, listed in dist-cli/inputs.json) and rebuilds it first when it is missing or stale, so it works
// right after `npm ci` and always runs the current source. Without esbuild it falls back to tsx (slower start).
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Plain path strings: building URLs for a hundred files costs more than the check itself.
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BUNDLE = `${ROOT}dist-cli/descent.mjs`;

function fresh() {
  try {
    const inputs = JSON.parse(readFileSync(`${ROOT}dist-cli/inputs.json`, "utf8"));
    for (const [file, [size, mtime]] of Object.entries(inputs)) {
      const s = statSync(ROOT + file);
      if (s.size !== size || s.mtimeMs !== mtime) return false;
    }
    statSync(BUNDLE);
    return true;
  } catch {
    return false;
  }
}

async function load() {
  if (fresh()) return import(BUNDLE);
  try {
    const { buildCli } = await import("../scripts/build-cli.mjs");
    await buildCli();
    return import(BUNDLE);
  } catch {
    const { register } = await import("tsx/esm/api");
    register();
    return import("../cli/main.ts");
  }
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
