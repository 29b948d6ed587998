// The presentation's stepped reveal: off (every line shown) until the teacher presses Space or →; then each
// press shows the next line of the worked solutions, in lockstep or one method at a time, and ← takes it back.
import { revealBack, revealDone, revealNext, type RevealMode } from "./reveal.ts";

export class Reveal {
  active = $state(false);
  mode = $state<RevealMode>("lockstep");
  /** Lines on the board per method (closed form, calculus, gradient descent); the last line is the answer. */
  shown = $state<number[]>([0, 0, 0]);

  /** Lines to reveal per method: its steps plus its answer (the totals follow the function as it changes). */
  constructor(private totals: () => readonly number[]) {}

  /** How many lines of method i are on the board (all of them when not revealing). */
  count = (i: number) => (this.active ? (this.shown[i] ?? 0) : Infinity);
  get done() {
    return revealDone(this.shown, this.totals());
  }

  next() {
    const totals = this.totals();
    if (!this.active) {
      this.active = true;
      this.shown = totals.map(() => 0);
    }
    this.shown = revealNext(this.shown, totals, this.mode);
  }

  back() {
    if (!this.active) return;
    this.shown = revealBack(this.shown, this.totals(), this.mode);
  }

  setMode(mode: RevealMode) {
    this.mode = mode;
  }

  stop() {
    this.active = false;
  }
}
