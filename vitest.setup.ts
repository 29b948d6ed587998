// Property tests draw fresh cases on every local run (to keep finding new counterexamples) but one fixed,
// reproducible sequence in CI, so a submission's result does not depend on the draw. FC_SEED overrides both.
// A failing property prints `{ seed: n, path: "…" }` first: FC_SEED=n npx vitest run <file> replays that draw.
import fc from "fast-check";

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261129 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
