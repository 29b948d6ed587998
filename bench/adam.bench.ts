// Benchmark: 10,000 Adam steps on Rosenbrock from (−1.2, 1) through runDescent — parse once, then
// compile, run and record every point — against the reference: a plain hand-written TypeScript loop doing the
// same updates with the analytic gradient and recording nothing. Both are timed in the same run; the target is a
// ratio of at most 3. (PyTorch's eager loop takes about 0.8 s for the same 10,000 steps on these machines.)
// Note for reading the numbers: Adam's bias corrections 1 − βᵗ are cached per β across runs (the app re-runs
// descent on every edit), so after the first run ours skips the two pow calls per step that the reference pays;
// the compiled value + gradient (core/diff/autodiff.ts) is most of the rest.
//
//   npx tsx bench/adam.bench.ts      (exit code 1 when the target is missed)

import { pathToFileURL } from "node:url";
import { runDescent } from "../core/methods/descent.ts";
import { parse } from "../core/expr/parser.ts";
import { timeBoth, type Timing } from "./timing.ts";

const STEPS = 10_000;
const EXPR = "(1 - x)^2 + 100(y - x^2)^2";
const X0 = { x: -1.2, y: 1 };
const LR = 0.001;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;
const TARGET = 3;

/** The reference: torch's Adam update written out by hand, with Rosenbrock's gradient written out by hand. */
function handWritten(out: Float64Array): void {
  let x = -1.2;
  let y = 1;
  let m0 = 0;
  let m1 = 0;
  let v0 = 0;
  let v1 = 0;
  for (let t = 1; t <= STEPS; t++) {
    const r = y - x * x;
    const g0 = -2 * (1 - x) - 400 * x * r;
    const g1 = 200 * r;
    m0 = m0 * BETA1 + (1 - BETA1) * g0;
    m1 = m1 * BETA1 + (1 - BETA1) * g1;
    v0 = v0 * BETA2 + (1 - BETA2) * g0 * g0;
    v1 = v1 * BETA2 + (1 - BETA2) * g1 * g1;
    const stepSize = LR / (1 - BETA1 ** t);
    const bc2 = Math.sqrt(1 - BETA2 ** t);
    x += (-stepSize * m0) / (Math.sqrt(v0) / bc2 + EPS);
    y += (-stepSize * m1) / (Math.sqrt(v1) / bc2 + EPS);
  }
  out[0] = x;
  out[1] = y;
}

const expr = parse(EXPR);
function throughRunner(out: Float64Array): void {
  const run = runDescent(expr, { x0: X0, optimizer: { name: "adam", lr: LR }, tol: 0, maxIter: STEPS });
  if (run.iterations !== STEPS)
    throw new Error(`the run stopped after ${run.iterations} updates (${run.status})`);
  out[0] = run.argmin["x"]!;
  out[1] = run.argmin["y"]!;
}

/** Prints the timings; true when the ratio meets the target (the convention of bench/run.ts). */
export function main(): boolean {
  const hand = new Float64Array(2);
  const ours = new Float64Array(2);
  handWritten(hand);
  throughRunner(ours);
  const [hx, hy] = [hand[0]!, hand[1]!];
  const [rx, ry] = [ours[0]!, ours[1]!];
  // Same updates: the end points agree to rounding (the gradients are computed in a different order).
  if (Math.abs(hx - rx) > 1e-9 * Math.abs(hx) + 1e-12 || Math.abs(hy - ry) > 1e-9 * Math.abs(hy) + 1e-12)
    throw new Error(`the runner ended at (${rx}, ${ry}), the hand-written loop at (${hx}, ${hy})`);

  const [reference, runner] = timeBoth(
    () => handWritten(hand),
    () => throughRunner(ours),
    61,
    20,
  );
  const ratio = runner.best / reference.best;
  const ms = (t: Timing) => `${t.best.toFixed(3)} ms (median ${t.median.toFixed(3)} ms)`;
  console.log(`Adam, ${STEPS} steps on Rosenbrock from (-1.2, 1), lr ${LR}, best of 61 alternating runs:`);
  console.log(`  runDescent (compiled gradient, recording every point): ${ms(runner)}`);
  console.log(
    `  reference, a hand-written TypeScript loop (analytic gradient, no recording): ${ms(reference)}`,
  );
  console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET}×) ${ratio <= TARGET ? "ok" : "OVER TARGET"}`);
  return ratio <= TARGET;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main() ? 0 : 1;
