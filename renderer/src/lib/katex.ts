// KaTeX into a DOM node. Only LaTeX produced by our own printers reaches here (identifiers never raw),
// and KaTeX runs with trust off, so no user text becomes markup. MathML is kept for screen readers.
// The page gets KaTeX's output through katex.render, which builds elements and sets their styles through the DOM,
// never through markup, so the page's CSP needs no style-src 'unsafe-inline' (renderToString + innerHTML did).
import katex from "katex";
import { translate, type Lang } from "./i18n.ts";

const OPTIONS = { throwOnError: false, trust: false, output: "htmlAndMathml", strict: "ignore" } as const;

// Typing re-renders every step of three panels; many of their formulas repeat from one keystroke to the next
// (the same f′, the same iterate lines), so KaTeX's output is kept by LaTeX string (least recently used first
// out) and cloned: a clone copies the nodes as they are, without parsing any markup.
const CACHE_SIZE = 500;
const cache = new Map<string, HTMLElement>();

function rendered(latex: string, displayMode: boolean): HTMLElement {
  const key = (displayMode ? "D" : "I") + latex;
  let holder = cache.get(key);
  if (holder !== undefined) {
    cache.delete(key);
  } else {
    holder = document.createElement("span");
    try {
      katex.render(latex, holder, { ...OPTIONS, displayMode });
      // Markup through innerHTML was flattened by the HTML parser past 512 levels; elements built through the
      // DOM are not, and Chromium's layout crashes the tab on a few thousand (issue 8's towers). Refuse those.
      if (depth(holder) > MAX_DOM_DEPTH) throw new RangeError("too deep to lay out");
    } catch (e) {
      // KaTeX recurses once per level of nesting; past what the stack holds it throws RangeError, which
      // throwOnError does not cover (issue 8). Say so instead, uncached so the words follow the language.
      if (!(e instanceof RangeError)) throw e;
      const note = document.createElement("span");
      note.className = "tex-too-deep";
      note.setAttribute("role", "note");
      note.textContent = translate(pageLang(), "tex.tooDeep");
      holder.replaceChildren(note);
      return holder;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, holder);
  return holder;
}

const MAX_DOM_DEPTH = 500;

/** The deepest element under `root`, counted without recursion (the tree may be deeper than the stack). */
function depth(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

const pageLang = (): Lang =>
  typeof document !== "undefined" && document.documentElement.lang === "th" ? "th" : "en";

/** KaTeX's markup for `latex` (for callers without a DOM, and the tests); the page uses renderTex. */
export function texHtml(latex: string, displayMode = false): string {
  try {
    return katex.renderToString(latex, { ...OPTIONS, displayMode });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return `<span class="tex-too-deep" role="note">${translate(pageLang(), "tex.tooDeep")}</span>`;
  }
}

/** Whether `latex` has been typeset before (then showing it is a clone, no KaTeX run). */
export const isTypeset = (latex: string, displayMode = false): boolean =>
  cache.has((displayMode ? "D" : "I") + latex);

// Typesetting in slices (issue 13 item 2): a new function brings dozens of new step formulas, which KaTeX would
// typeset in one task of hundreds of ms, holding the frame that shows the function. Formulas not typeset before
// wait in this queue (page order) and are typeset a few ms at a time, each slice its own task, so a keystroke
// always finds the main thread free within a slice. Until its turn a formula keeps what it showed before.
const SLICE_MS = 8;
const queue = new Map<HTMLElement, { latex: string; display: boolean }>();
let scheduled = false;

/** Typesets now when the formula has been typeset before, else in the queue's next slices. */
export function typesetSoon(node: HTMLElement, latex: string, displayMode = false): void {
  queue.delete(node);
  if (isTypeset(latex, displayMode)) {
    renderTex(node, latex, displayMode);
    return;
  }
  queue.set(node, { latex, display: displayMode });
  if (!scheduled) {
    scheduled = true;
    setTimeout(runSlice, 0);
  }
}

/** The node is gone or shows something else: drop its pending typesetting. */
export function cancelTypeset(node: HTMLElement): void {
  queue.delete(node);
}

function runSlice() {
  scheduled = false;
  const end = performance.now() + SLICE_MS;
  for (const [node, job] of queue) {
    queue.delete(node);
    if (node.isConnected) renderTex(node, job.latex, job.display);
    if (performance.now() >= end) break;
  }
  if (queue.size > 0) {
    scheduled = true;
    setTimeout(runSlice, 0);
  }
}

export function renderTex(node: HTMLElement, latex: string, displayMode = false): void {
  const holder = rendered(latex, displayMode);
  node.replaceChildren(...Array.from(holder.childNodes, (child) => child.cloneNode(true)));
}

/** Svelte action: `<span use:tex={latex}>`. */
export function tex(node: HTMLElement, latex: string) {
  renderTex(node, latex);
  return {
    update(next: string) {
      renderTex(node, next);
    },
  };
}
