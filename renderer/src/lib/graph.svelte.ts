// The computational graph's state: which function and point it shows, how many trace steps are done, which
// subtrees are folded, and the play loop. The trace comes from the core (through engine.ts); the layout depends
// only on the function and the folds, so moving the point (the animation) never lays the graph out again.
import { untrack } from "svelte";
import { topoOrder, type Node } from "../../../core/index.ts";
import * as engine from "./engine.ts";
import { initialFolds, layoutGraph, stateAt } from "./graph-layout.ts";

/** Larger graphs are not traced or laid out (a 20,000-factor product would hold the page for seconds): the panel
 *  says how large the graph is instead. Above about 60 nodes the drawing folds subtrees anyway. */
export const GRAPH_MAX_NODES = 1000;

/** Milliseconds between steps while playing. */
export const GRAPH_STEP_MS = 700;

export class GraphState {
  /** The function shown, and the point it is evaluated at (they change apart: the animation moves only the point). */
  fn = $state.raw<{ node: Node; vars: readonly string[] } | null>(null);
  at = $state.raw<Record<string, number>>({});
  folds = $state.raw<ReadonlySet<number>>(new Set());
  /** Steps done: 0 is before the forward pass, steps.length is after backward (what is shown at first). */
  done = $state(0);
  playing = $state(false);
  /** The node count of a function too large to draw, or null. */
  tooLarge = $state<{ n: number; max: number } | null>(null);
  #rejected: Node | null = null;

  derivatives = $derived(this.fn ? engine.graphDerivatives(this.fn.node, this.fn.vars) : null);
  result = $derived(
    this.fn && this.derivatives
      ? engine.graphTrace(this.fn.node, this.fn.vars, this.at, this.derivatives)
      : null,
  );
  trace = $derived(this.result?.trace ?? null);
  total = $derived(this.trace?.steps.length ?? 0);
  layout = $derived.by(() => {
    const fn = this.fn;
    const folds = this.folds;
    return fn ? untrack(() => layoutGraph(this.trace!, folds)) : null;
  });
  view = $derived(this.trace ? stateAt(this.trace, this.done) : null);

  /** Shows f at a point; a new function starts whole (folded if large) with every step done. */
  show(node: Node, vars: readonly string[], at: Record<string, number>) {
    if (node === this.#rejected) return;
    const fn = this.fn;
    if (fn && fn.node === node && fn.vars === vars) {
      if (!sameAt(this.at, at)) this.at = at;
      return;
    }
    this.pause();
    const size = topoOrder(node).length;
    if (size > GRAPH_MAX_NODES) {
      this.#rejected = node;
      this.fn = null;
      this.tooLarge = { n: size, max: GRAPH_MAX_NODES };
      return;
    }
    this.#rejected = null;
    this.tooLarge = null;
    this.at = at;
    this.fn = { node, vars };
    this.folds = initialFolds(this.trace!);
    this.done = this.total;
  }

  clear() {
    this.pause();
    this.fn = null;
    this.tooLarge = null;
    this.#rejected = null;
  }

  next() {
    this.pause();
    this.done = Math.min(this.total, this.done + 1);
  }
  back() {
    this.pause();
    this.done = Math.max(0, this.done - 1);
  }
  reset() {
    this.pause();
    this.done = 0;
  }
  unfold(i: number) {
    const folds = new Set(this.folds);
    folds.delete(i);
    this.folds = folds;
  }

  #timer: ReturnType<typeof setTimeout> | undefined;
  play() {
    if (this.total === 0) return;
    if (this.done >= this.total) this.done = 0;
    this.playing = true;
    this.#tick();
  }
  pause() {
    this.playing = false;
    clearTimeout(this.#timer);
  }
  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }
  #tick = () => {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (!this.playing) return;
      this.done = Math.min(this.total, this.done + 1);
      if (this.done >= this.total) this.playing = false;
      else this.#tick();
    }, GRAPH_STEP_MS);
  };
}

function sameAt(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/** How long typing must pause before the graph follows a new function (it never runs inside a keystroke). */
export const GRAPH_DELAY_MS = 150;
