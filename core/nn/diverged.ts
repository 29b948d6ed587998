// When training has diverged: a loss that is no longer a finite number (too large an lr sends the weights to
// ±∞, then NaN). PyTorch carries on with NaN; the lesson stops there and says so. One rule for the page's
// training loop and the command line's train answer.

/** Whether this optimizer step's loss says training has diverged. */
export const diverged = (loss: number): boolean => !Number.isFinite(loss);

/** The first optimizer step (counted from 1) whose loss is not finite, or null if every one is. */
export function divergedAt(losses: readonly number[]): number | null {
  const i = losses.findIndex(diverged);
  return i < 0 ? null : i + 1;
}
