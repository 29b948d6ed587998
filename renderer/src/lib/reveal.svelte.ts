// The presentation's stepped reveal: off (every line shown) until the teacher presses Space or →; then each
// press shows the next line of the worked solutions, in lockstep or one method at a time, and ← takes it back.
import { revealBack, revealDone, revealNext, type RevealMode } from "./reveal.ts";

export class Reveal {
  active = $state(false);
  mode = $state<RevealMode>("lockstep");
  /** Lines on the board per method (closed form, calculus, gradient descent); the last line is the answer. */
  shown = $state<number[]>([0, 0, 0]);
  /** Which method the last press changed, for the live region and the highlight. */
  last = $state<number | null>(null);

  /** Lines to reveal per method: its steps plus its answer (the totals follow the function as it changes). */
  constructor(private totals: () => readonly number[]) {}

  /** How many lines of method i are on the board (all of them when not revealing). */
  count = (i: number) => (this.active ? (this.shown[i] ?? 0) : Infinity);
  done = $derived(revealDone(this.shown, this.totals()));

  next() {
    const totals = this.totals();
    if (!this.active) {
      this.active = true;
      this.shown = totals.map(() => 0);
    }
    const before = this.shown;
    this.shown = revealNext(before, totals, this.mode);
    this.last = this.#changed(before, this.shown);
  }

  back() {
    if (!this.active) return;
    const before = this.shown;
    this.shown = revealBack(before, this.totals(), this.mode);
    this.last = this.#changed(before, this.shown);
  }

  setMode(mode: RevealMode) {
    this.mode = mode;
  }

  stop() {
    this.active = false;
    this.last = null;
  }

  #changed(a: readonly number[], b: readonly number[]): number | null {
    const i = b.findIndex((s, j) => s !== a[j]);
    return i < 0 ? null : i;
  }
}
