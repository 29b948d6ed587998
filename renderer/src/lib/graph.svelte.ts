// The computational graph's state: which function and point it shows, how many trace steps are done, which
// subtrees are folded, and the play loop. The trace comes from the core (through engine.ts); the layout depends
// only on the function and the folds, so moving the point (the animation) never lays the graph out again. The
// layout and the cross-check's derivatives are made in a worker (graph-job.ts): a new function or a fold shows
// once its layout arrives, and until then the previous graph stays, so typing is never held up by dagre. A new
// function's layout is asked for after the panels (App.svelte: once calculus and gradient descent have answered
// and the page is idle), when the worker has the machine nearly to itself; it is drawn as soon as it arrives.
import { topoOrder, tryParse, type Node } from "../../../core/index.ts";
import * as engine from "./engine.ts";
import { stateAt, type GraphLayout } from "./graph-layout.ts";
import { GraphJob, type GraphAnswer, type GraphWorker } from "./graph-job.ts";
import { workerOrNull } from "./worker-job.ts";

/** Larger graphs are not traced or laid out (a 20,000-factor product would hold the page for seconds): the panel
 *  says how large the graph is instead. Above about 60 nodes the drawing folds subtrees anyway. */
export const GRAPH_MAX_NODES = 1000;

/** Milliseconds between steps while playing. */
export const GRAPH_STEP_MS = 700;

const spawn = (): GraphWorker | null =>
  workerOrNull(() => new Worker(new URL("./graph.worker.ts", import.meta.url), { type: "module" }));

/** A new function's layout asked for: the answer once it has come, and what show() wants done with it. */
interface Asked {
  node: Node;
  answer?: GraphAnswer | null;
  draw?: (a: GraphAnswer | null) => void;
}

export class GraphState {
  /** The function shown, and the point it is evaluated at (they change apart: the animation moves only the point). */
  fn = $state.raw<{ node: Node; vars: readonly string[]; text: string } | null>(null);
  at = $state.raw<Record<string, number>>({});
  folds = $state.raw<ReadonlySet<number>>(new Set());
  /** Steps done: 0 is before the forward pass, steps.length is after backward (what is shown at first). */
  done = $state(0);
  playing = $state(false);
  /** The node count of a function too large to draw, or null. */
  tooLarge = $state<{ n: number; max: number } | null>(null);
  #rejected: Node | null = null;

  /** ∂f/∂v per variable for the cross-check, read back from the worker's text. */
  derivatives = $state.raw<(Node | null)[] | null>(null);
  result = $derived(
    this.fn && this.derivatives
      ? engine.graphTrace(this.fn.node, this.fn.vars, this.at, this.derivatives)
      : null,
  );
  trace = $derived(this.result?.trace ?? null);
  total = $derived(this.trace?.steps.length ?? 0);
  layout = $state.raw<GraphLayout | null>(null);
  view = $derived(this.trace ? stateAt(this.trace, this.done) : null);

  readonly #job = new GraphJob(spawn);
  /** The new function whose layout was asked for; its answer once come; what show() wants done with it. */
  #asked: Asked | null = null;
  #sized: { node: Node; n: number } | null = null;

  #size(node: Node): number {
    if (this.#sized?.node !== node) this.#sized = { node, n: topoOrder(node).length };
    return this.#sized.n;
  }

  /** Asks the worker for a new function's layout (one message, nothing drawn yet); show() draws it on arrival. */
  prepare(node: Node, vars: readonly string[], at: Record<string, number>, text: string) {
    if (node === this.#rejected || node === this.#asked?.node || node === this.fn?.node) return;
    if (this.#size(node) > GRAPH_MAX_NODES) return;
    this.#ask(node, vars, at, text);
  }

  #ask(node: Node, vars: readonly string[], at: Record<string, number>, text: string) {
    const asked: Asked = { node };
    this.#asked = asked;
    mark("graph:asked");
    this.#job.request({ text, vars, at, folds: null }, (a) => {
      if (this.#asked !== asked) return;
      mark("graph:answered", a?.ms);
      asked.answer = a;
      asked.draw?.(a);
    });
  }

  /** A newer function is on its way (typed since the layout was asked for): the older layout is no longer wanted,
   *  and drawing it when it came would land in a keystroke's frame. */
  forget() {
    if (!this.#asked) return;
    this.#asked = null;
    this.#job.cancel();
  }

  /** Shows f (typed as `text`) at a point; a new function starts whole (folded if large) with every step done,
   *  once the worker has laid it out. */
  show(node: Node, vars: readonly string[], at: Record<string, number>, text: string) {
    if (node === this.#rejected) return;
    const fn = this.fn;
    if (fn && fn.node === node && fn.vars === vars) {
      this.#asked = null;
      this.#job.cancel();
      if (!sameAt(this.at, at)) this.at = at;
      return;
    }
    const size = this.#size(node);
    if (size > GRAPH_MAX_NODES) {
      this.pause();
      this.#asked = null;
      this.#job.cancel();
      this.#rejected = node;
      this.fn = null;
      this.tooLarge = { n: size, max: GRAPH_MAX_NODES };
      return;
    }
    if (this.#asked?.node !== node) this.#ask(node, vars, at, text);
    const asked = this.#asked!;
    const draw = (a: GraphAnswer | null) => {
      if (this.#asked !== asked) return;
      this.#asked = null;
      if (a) this.#showNew(node, vars, at, text, a);
      mark("graph:drawn");
    };
    if (asked.answer !== undefined) draw(asked.answer);
    else asked.draw = draw;
  }

  #showNew(node: Node, vars: readonly string[], at: Record<string, number>, text: string, a: GraphAnswer) {
    this.pause();
    this.#rejected = null;
    this.tooLarge = null;
    this.derivatives = (a.derivatives ?? vars.map(() => null)).map((d) => {
      const p = d === null ? null : tryParse(d);
      return p?.ok ? p.value : null;
    });
    this.at = at;
    this.fn = { node, vars, text };
    this.folds = new Set(a.folds);
    this.layout = a.layout;
    this.done = this.total;
  }

  clear() {
    this.pause();
    this.#asked = null;
    this.#job.cancel();
    this.fn = null;
    this.layout = null;
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
    const fn = this.fn;
    if (!fn) return;
    const folds = new Set(this.folds);
    folds.delete(i);
    this.#asked = null;
    this.#job.request({ text: fn.text, vars: fn.vars, at: this.at, folds: [...folds] }, (a) => {
      if (!a || this.fn !== fn) return;
      this.folds = new Set(a.folds);
      this.layout = a.layout;
    });
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

/** The newest graph's moments, for bench:ui: asked for, its layout come, handed to the panel (each mark replaces
 *  the one before, so none pile up). */
function mark(name: "graph:asked" | "graph:answered" | "graph:drawn", ms?: number) {
  if (typeof performance === "undefined" || !performance.mark) return;
  performance.clearMarks(name);
  performance.mark(name, { detail: ms });
}

function sameAt(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}
