// The page's one polite live region: what changed, said once and not too often. The region is in the DOM from
// the first render (a live region inserted with its text is often not read); a burst of changes (Play at 20
// updates a second) becomes one sentence every `gapMs`, always ending on the latest.

export class Announcer {
  text = $state("");
  #last = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private gapMs = 1500) {}

  /** Say `text` now, or when the gap since the last sentence has passed (a later sentence replaces it). */
  say(text: string, now = Date.now()) {
    clearTimeout(this.#timer);
    const wait = this.#last + this.gapMs - now;
    if (wait <= 0) this.#set(text, now);
    else this.#timer = setTimeout(() => this.#set(text, Date.now()), wait);
  }

  #set(text: string, now: number) {
    this.#last = now;
    // The same sentence twice (Step, Reset, Step) is still news: a no-break space makes it a change.
    this.text = text === this.text ? `${text}\u00a0` : text;
  }
}
