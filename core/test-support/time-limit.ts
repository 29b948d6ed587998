// Time limits for the "runs in linear time" tests. Under `npm run mutation` every statement is instrumented and
// each test's coverage is recorded, on a machine shared with other runs: the same work takes many times longer, and a
// wall-clock limit would fail Stryker's dry run (it refuses to start when a test fails unmutated). The limit is
// widened there, not dropped: a mutant that makes printing quadratic still runs out of it (or out of Stryker's
// per-mutant timeout).
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;

/** ms, or 20 × ms while scripts/mutation.mjs runs the tests. */
export const timeLimit = (ms: number): number => (env?.DESCENT_MUTATION ? 20 * ms : ms);
