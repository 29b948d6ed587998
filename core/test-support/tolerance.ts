// The stopping rule's boundary in the tutorial's run (core/fixtures/tutorial.json, from PyTorch): the |Δf| of the
// update where the run with tol stops, and the number one bit below it, which carries the run one update further.

/** k: the update where PyTorch stopped; change: its |Δf|; below: the largest double less than change. */
export function toleranceBoundary(untilTolerance: { trajectory: unknown; iterations: number }): {
  k: number;
  change: number;
  below: number;
} {
  const traj = untilTolerance.trajectory as { f: number }[];
  const k = untilTolerance.iterations;
  const change = Math.abs(traj[k]!.f - traj[k - 1]!.f);
  const b = Float64Array.of(change);
  new BigInt64Array(b.buffer)[0]! -= 1n;
  return { k, change, below: b[0]! };
}
