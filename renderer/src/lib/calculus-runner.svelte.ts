// Runs calculus in a Web Worker and keeps the latest answer as state. While a new answer is on its way the
// previous one stays on screen, marked stale, so the panel never flickers to empty between keystrokes. Where
// workers are unavailable (or fail to start, e.g. under file:// in some shells) it computes on the main thread.
import type { Node } from "../../../core/node.ts";
import { calculusView } from "./calculus-adapter.ts";
import type { MethodView } from "./model.ts";

export class CalculusRunner {
  /** The text the view belongs to, and the view. */
  latest = $state<{ text: string; view: MethodView | null } | null>(null);
  #worker: Worker | null = null;
  #failed = false;
  #id = 0;
  #pending: { text: string; node: Node } | null = null;

  request(text: string, node: Node | null) {
    const id = ++this.#id;
    this.#pending = node ? { text, node } : null;
    if (!node) {
      this.latest = { text, view: null };
      return;
    }
    const worker = this.#ensureWorker();
    if (!worker) {
      this.latest = { text, view: calculusView(node) };
      return;
    }
    worker.postMessage({ id, text });
  }

  #ensureWorker(): Worker | null {
    if (this.#failed || typeof Worker === "undefined") return null;
    if (this.#worker) return this.#worker;
    try {
      const w = new Worker(new URL("./calculus.worker.ts", import.meta.url), { type: "module" });
      w.onmessage = (e: MessageEvent<{ id: number; text: string; view: MethodView | null }>) => {
        if (e.data.id !== this.#id) return;
        this.#pending = null;
        this.latest = { text: e.data.text, view: e.data.view };
      };
      w.onerror = () => {
        // Fall back for good, and answer the pending request here.
        this.#failed = true;
        w.terminate();
        this.#worker = null;
        const p = this.#pending;
        if (p) this.latest = { text: p.text, view: calculusView(p.node) };
      };
      this.#worker = w;
      return w;
    } catch {
      this.#failed = true;
      return null;
    }
  }
}
