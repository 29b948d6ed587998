#!/usr/bin/env node
// The `descent` command: runs the TypeScript sources directly through tsx (a devDependency), so it works right
// after `npm ci` without a build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
