// A long worked solution: runs of lines of the same kind (Himmelblau's nine Hessians, one per critical point) fold
// into their first line and "8 more like it", so the board shows the key lines. On a projector any run of three
// folds; at the desk a run of four does (three Hessians stay open). Each folded Hessian is a typeset matrix: laying
// out Himmelblau's nine in the frame after the keystroke took 30–45 ms of style and layout, and the critical points
// with their kinds are listed under the steps anyway. A sum of nine sin² terms has about a hundred of them.

/** How many alike lines in a row fold, and how many critical points show before "Show all n". */
export const FOLDING = {
  presenting: { run: 3, critical: 3 },
  desk: { run: 4, critical: 12 },
} as const;

/** A line of the board as shown: step `index`, or a fold standing for steps from..to (inclusive). */
export type KeyLine = { kind: "step"; index: number } | { kind: "more"; from: number; to: number };

/** What a line is about: the maths left of its first "=" (H, \mathbf{x}_1, \frac{\partial f}{\partial x}). */
export function stepHead(latex: string): string {
  const eq = latex.indexOf("=");
  return (eq < 0 ? latex : latex.slice(0, eq)).replace(/\s+/g, "");
}

/** The lines to show: each run of `minRun` or more lines with the same head keeps its first line and folds. */
export function keySteps(latex: readonly string[], minRun = 3): KeyLine[] {
  const out: KeyLine[] = [];
  for (let i = 0; i < latex.length;) {
    const head = stepHead(latex[i]!);
    let j = i + 1;
    while (j < latex.length && head !== "" && stepHead(latex[j]!) === head) j++;
    out.push({ kind: "step", index: i });
    if (j - i >= minRun) out.push({ kind: "more", from: i + 1, to: j - 1 });
    else for (let k = i + 1; k < j; k++) out.push({ kind: "step", index: k });
    i = j;
  }
  return out;
}

/**
 * The critical points listed: all of them up to `limit`; beyond it the minima only (Himmelblau's four of nine),
 * at most `limit` of them, and the panel offers the rest behind a button.
 */
export function shownCritical<T extends { nature: string }>(all: readonly T[], limit: number): readonly T[] {
  if (all.length <= limit) return all;
  return all.filter((c) => c.nature === "minimum").slice(0, limit);
}
