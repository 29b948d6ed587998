// Which contour maps are being traced in their worker right now. The computational graph of a new function is the
// last thing the page draws: it waits until no map is being traced, so its layout does not share the machine's two
// cores with the heaviest worker (a fine map of a wavy function takes a few hundred milliseconds there).
import { SvelteSet } from "svelte/reactivity";

class Tracing {
  readonly #busy = new SvelteSet<string>();
  /** Marks the map `id` as being traced (busy) or not. */
  set(id: string, busy: boolean) {
    if (busy) this.#busy.add(id);
    else this.#busy.delete(id);
  }
  get any(): boolean {
    return this.#busy.size > 0;
  }
}

export const tracing = new Tracing();
