// Workers' answers, held while the keystroke's own frame is drawn. A keystroke asks the workers at once (the
// calculus and the runs of the text it makes), so their work overlaps the frame that shows the typeset function;
// an answer that comes before that frame is painted waits here, and is let in with the others when the session
// shows the new function (in the task after the frame). Answers that came while the gate was shut are let in
// together and in the order they came, so the panels change once.
export class AnswerGate {
  #open = true;
  #held: (() => void)[] = [];

  /** Whether answers go in at once. */
  get isOpen(): boolean {
    return this.#open;
  }

  /** Answers from now on are held until `open`. */
  shut(): void {
    this.#open = false;
  }

  /** Lets the held answers in, in the order they came, and lets later ones in at once. */
  open(): void {
    this.#open = true;
    const held = this.#held;
    this.#held = [];
    for (const apply of held) apply();
  }

  /** `apply` (an answer taken in) runs now if the gate is open, else when it opens. */
  pass(apply: () => void): void {
    if (this.#open) apply();
    else this.#held.push(apply);
  }
}
