// Validates electron-builder.yml offline against the schema shipped in app-builder-lib — the same
// validateConfiguration electron-builder runs itself before packaging.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const yaml = require("js-yaml");
const { validateConfiguration } = require("app-builder-lib/out/util/config/config");
const { DebugLogger } = require("builder-util");

const file = process.argv[2] ?? "electron-builder.yml";
const config = yaml.load(readFileSync(file, "utf8"));
try {
  await validateConfiguration(config, new DebugLogger(false));
  console.log(`${file}: valid electron-builder configuration`);
} catch (error) {
  console.error(`${file}: invalid electron-builder configuration\n${error.message}`);
  process.exit(1);
}
