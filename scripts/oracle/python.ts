// Whether Debian's Python can import the oracles (SymPy, PyTorch), for the tests that run them. Locally a missing
// oracle skips those tests with a warning; with CI set it is a failure, so CI can never pass by skipping them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const PYTHON = "/usr/bin/python3";

/** null when `PYTHON` imports every module, else why not (for the warning or the CI failure). */
export function missingOracle(modules: string[]): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} is absent`;
  const r = spawnSync(PYTHON, ["-c", `import ${modules.join(", ")}`], { encoding: "utf8" });
  if (r.status === 0) return null;
  return `${PYTHON} cannot import ${modules.join(", ")} (apt-get install ${modules.map((m) => `python3-${m}`).join(" ")})`;
}

/** True when the oracle tests should run; false (with a warning) to skip them locally; throws under CI. */
export function oracleAvailable(modules: string[], what: string): boolean {
  const why = missingOracle(modules);
  if (why === null) return true;
  if (process.env.CI) throw new Error(`CI must run ${what}, but ${why}`);
  console.warn(`skipping ${what}: ${why}`);
  return false;
}
