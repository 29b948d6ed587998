// Stepped reveal in front of the class: how many lines of each method's worked solution are on the board. A
// method's last "line" is its answer, so a method with s steps has s + 1 things to reveal. Pure functions over
// plain arrays; reveal.svelte.ts keeps the state.

/** Reveal the three methods together (one line each per press) or one method after another. */
export type RevealMode = "lockstep" | "one";

/** One press forward: every unfinished method gains a line (lockstep), or the first unfinished one does. */
export function revealNext(shown: readonly number[], totals: readonly number[], mode: RevealMode): number[] {
  const next = shown.map((s, i) => Math.min(s, totals[i] ?? 0));
  if (mode === "lockstep") return next.map((s, i) => Math.min(s + 1, totals[i] ?? 0));
  const i = next.findIndex((s, j) => s < (totals[j] ?? 0));
  if (i >= 0) next[i]! += 1;
  return next;
}

/** One press back: the exact inverse of revealNext from where the board is now. */
export function revealBack(shown: readonly number[], totals: readonly number[], mode: RevealMode): number[] {
  const back = shown.map((s, i) => Math.min(s, totals[i] ?? 0));
  if (mode === "lockstep") {
    // The longest lists took the last press: they step back together; shorter finished ones stay.
    const top = Math.max(0, ...back);
    return back.map((s) => (s === top ? Math.max(0, s - 1) : s));
  }
  for (let i = back.length - 1; i >= 0; i--)
    if (back[i]! > 0) {
      back[i]! -= 1;
      break;
    }
  return back;
}

/** Whether every line of every method is on the board. */
export const revealDone = (shown: readonly number[], totals: readonly number[]) =>
  totals.every((t, i) => (shown[i] ?? 0) >= t);

/**
 * Where gradient descent's iterate stands when `shown` of its worked lines are on the board. Its lines are the
 * rule, the start x₀, the first update x₁, the last iterate xₙ (then why it stopped, then the answer): the plot's
 * marker sits at x₀ until x₁ is shown, at x₁ until xₙ is.
 */
export function iterateAt(shown: number, iterations: number): number {
  if (shown <= 2 || iterations === 0) return 0;
  return shown === 3 ? 1 : iterations;
}
