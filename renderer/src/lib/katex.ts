// KaTeX into a DOM node. Only LaTeX produced by our own printers reaches here (identifiers never raw),
// and KaTeX runs with trust off, so no user text becomes markup. MathML is kept for screen readers.
// katex.render builds elements and sets their styles through the DOM, never through markup, so the page's CSP
// needs no style-src 'unsafe-inline' (renderToString + innerHTML did).
import katex from "katex";

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
    katex.render(latex, holder, {
      throwOnError: false,
      trust: false,
      output: "htmlAndMathml",
      displayMode,
      strict: "ignore",
    });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, holder);
  return holder;
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
