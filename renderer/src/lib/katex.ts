// KaTeX into a DOM node. Only LaTeX produced by our own printers reaches here (identifiers never raw),
// and KaTeX runs with trust off, so no user text becomes markup. MathML is kept for screen readers.
import katex from "katex";

export function renderTex(node: HTMLElement, latex: string, displayMode = false): void {
  katex.render(latex, node, {
    throwOnError: false,
    trust: false,
    output: "htmlAndMathml",
    displayMode,
    strict: "ignore",
  });
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
