// Builds the `descent` command line into one JavaScript file, dist-cli/descent.mjs, with esbuild (installed with
// vite), so a start runs plain JavaScript instead of compiling TypeScript. Beside it, dist-cli/inputs.json lists
// every source file the bundle was made from with its size and modification time: bin/descent.mjs compares them at
// each start and rebuilds when any differs, so the command (and every test that spawns it) always runs the current
// source. The bundle is written under a temporary name and renamed, so parallel starts never read half a file.
//
//   node scripts/build-cli.mjs      (also run by `npm run build:cli`; bin/descent.mjs calls buildCli() itself)

import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = join(ROOT, "dist-cli");
export const OUT = join(OUT_DIR, "descent.mjs");
export const INPUTS = join(OUT_DIR, "inputs.json");

/** Size and modification time of a file, the two things a start compares. */
export const stamp = (path) => {
  const s = statSync(path);
  return [s.size, s.mtimeMs];
};

// The core's modules do their work when called, never by being imported (no module is imported for its effects):
// telling esbuild so lets it leave out what the command line never calls (the lesson-file schemas, and zod with
// them), which roughly halves what each start has to compile and run.
const pureSources = {
  name: "pure-sources",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (a) => ({
      path: resolve(a.resolveDir, a.path),
      sideEffects: false,
    }));
  },
};

export async function buildCli() {
  const { build } = await import("esbuild");
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["cli/main.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: tmp,
    metafile: true,
    legalComments: "none",
    minify: true,
    logLevel: "warning",
    plugins: [pureSources],
  });
  // The build script itself is an input too: a change in how the bundle is made rebuilds it.
  const files = [...Object.keys(result.metafile.inputs), "scripts/build-cli.mjs"];
  const inputs = Object.fromEntries(files.map((f) => [f, stamp(join(ROOT, f))]));
  const tmpInputs = `${INPUTS}.${process.pid}.tmp`;
  writeFileSync(tmpInputs, JSON.stringify(inputs));
  renameSync(tmp, OUT);
  renameSync(tmpInputs, INPUTS);
  return OUT;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
