// A value for cards below the fold (follow-near.ts): `value` follows `source` at once while the element given to
// `attach` is on screen or within 200 px of it, or while the page is printed or captured; otherwise once the source
// has been still for a moment. Made while a component starts (it owns effects).
import { untrack } from "svelte";
import { Follower } from "./follow-near.ts";

export class Near<T> {
  value = $state.raw<T>() as T;
  #follower: Follower<T>;

  constructor(source: () => T, pauseMs = 300) {
    const first = untrack(source);
    this.value = first;
    this.#follower = new Follower(first, (v) => (this.value = v), pauseMs);
    // Before the DOM is updated: on screen, the new value reaches the card in the same update.
    $effect.pre(() => {
      const v = source();
      untrack(() => this.#follower.next(v));
    });
    $effect(() => {
      const print = typeof matchMedia === "function" ? matchMedia("print") : null;
      // A capture (?capture in the address, main.ts) draws every card, as print does.
      const capture = document.documentElement.classList.contains("capture");
      const before = () => this.#follower.printing(true);
      const now = () => this.#follower.printing(capture || print?.matches === true);
      addEventListener("beforeprint", before);
      addEventListener("afterprint", now);
      print?.addEventListener("change", now);
      now();
      return () => {
        removeEventListener("beforeprint", before);
        removeEventListener("afterprint", now);
        print?.removeEventListener("change", now);
        this.#follower.dispose();
      };
    });
  }

  /** Svelte attachment for the element whose place on screen decides. */
  attach = (el: Element) => {
    if (typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries.at(-1);
        if (e) this.#follower.near(e.isIntersecting);
      },
      { rootMargin: "200px 0px" },
    );
    io.observe(el);
    return () => io.disconnect();
  };

  /** Up to date now: before the page is captured or printed to a PDF. */
  flush(): void {
    this.#follower.flush();
  }
}
