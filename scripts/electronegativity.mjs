// Electronegativity over a folder, offline and able to fail. Its own CLI exits 0 whatever it finds and fetches
// translations (and the list of Electron releases) from the network when it starts; this wrapper answers those
// requests with an immediate refusal, runs the scanner's API, prints the findings and exits 1 on any HIGH or
// MEDIUM one. Usage: node scripts/electronegativity.mjs <file or folder>... [--electron 45.6.1]
// Several inputs are copied into one temporary folder and scanned together (the shell's code and the page
// whose CSP it serves: app/ and renderer/index.html).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve("@doyensec/electronegativity/package.json"));
const scanner = createRequire(path.join(root, "package.json"));

// `got` is the scanner's only HTTP client: replace it before anything loads it.
const offline = () =>
  Promise.reject(Object.assign(new Error("offline: network disabled"), { code: "ENETUNREACH" }));
offline.get = offline;
const gotPath = scanner.resolve("got");
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: offline }),
};

const args = process.argv.slice(2);
const at = args.indexOf("--electron");
const electronVersion = at >= 0 ? args[at + 1] : "45.6.1";
const inputs = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : [...args];
if (inputs.length === 0) inputs.push("app", "renderer/index.html");
const input = mkdtempSync(path.join(tmpdir(), "electronegativity-"));
for (const p of inputs) cpSync(p, path.join(input, path.basename(p)), { recursive: true });
process.on("exit", () => rmSync(input, { recursive: true, force: true }));

const run = scanner("./dist/runner.js");
const result = await run({
  input,
  customScan: [],
  // The one check that needs the network (Electron's release list); this repo pins Electron in package.json.
  excludeFromScan: ["AvailableSecurityFixesGlobalCheck"],
  electronVersionOverride: electronVersion,
  isRelative: true,
  parserPlugins: [],
});

const serious = result.issues.filter((i) => ["HIGH", "MEDIUM"].includes(i.severity.name));
for (const i of result.issues)
  console.log(
    `${i.severity.name.padEnd(13)} ${i.confidence.name.padEnd(10)} ${i.id} ${i.file}:${i.location.line}`,
  );
for (const e of result.errors ?? []) console.log(`parse error: ${e.file ?? ""} ${e.message ?? e}`);
console.log(
  `electronegativity ${inputs.join(" + ")}: ${result.issues.length} findings, ${serious.length} HIGH or MEDIUM`,
);
process.exit(serious.length > 0 ? 1 : 0);
