// What a card below the fold shows. The iteration table and the PyTorch code rebuilt hundreds of elements on every
// keystroke that nobody could see (content-visibility spares their layout, not the building), and that work took
// a core from the workers answering the keystroke. A Follower passes each new value of its source on at once
// while its card is on screen or near it, or while the page is printed; off screen it passes on the newest value
// once the source has been still for `pauseMs` (typing or the animation has paused), or at once when the card
// comes near. Plain TypeScript (near.svelte.ts ties it to runes and an IntersectionObserver); tested without a
// browser.

export class Follower<T> {
  #latest: T;
  #shown: T;
  #near = true;
  #printing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    initial: T,
    private readonly show: (value: T) => void,
    private readonly pauseMs = 300,
  ) {
    this.#latest = this.#shown = initial;
  }

  /** Whether the card shows its source's value as it changes. */
  get live(): boolean {
    return this.#near || this.#printing;
  }

  /** The source has a new value. */
  next(value: T): void {
    this.#latest = value;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.live) this.#publish();
    else this.#timer = setTimeout(() => this.#publish(), this.pauseMs);
  }

  /** The card came near the viewport (it is brought up to date) or left it. */
  near(on: boolean): void {
    this.#near = on;
    if (this.live) this.#publish();
  }

  /** The page is being printed (or is no longer): a handout shows the current lesson. */
  printing(on: boolean): void {
    this.#printing = on;
    if (this.live) this.#publish();
  }

  /** Bring the card up to date now (before a capture or a PDF of the page). */
  flush(): void {
    this.#publish();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #publish(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#shown === this.#latest) return;
    this.#shown = this.#latest;
    this.show(this.#latest);
  }
}
