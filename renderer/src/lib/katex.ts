// KaTeX into a DOM node. Only LaTeX produced by our own printers reaches here (identifiers never raw),
// and KaTeX runs with trust off, so no user text becomes markup. MathML is kept for screen readers.
import katex from "katex";
import { translate, type Lang } from "./i18n.ts";

// Typing re-renders every step of three panels; many of their formulas repeat from one keystroke to the next
// (the same f′, the same iterate lines), so KaTeX's markup is kept by LaTeX string (least recently used first out).
const CACHE_SIZE = 500;
const cache = new Map<string, string>();

/** KaTeX's HTML + MathML markup for `latex`, memoised. */
export function texHtml(latex: string, displayMode = false): string {
  const key = (displayMode ? "D" : "I") + latex;
  let html = cache.get(key);
  if (html !== undefined) {
    cache.delete(key);
  } else {
    try {
      html = katex.renderToString(latex, {
        throwOnError: false,
        trust: false,
        output: "htmlAndMathml",
        displayMode,
        strict: "ignore",
      });
    } catch (e) {
      // KaTeX recurses once per level of nesting; past what the stack holds it throws RangeError, which
      // throwOnError does not cover (issue 8: a 1,000-level tower crashed the page). Say so instead, uncached so
      // the words follow the language.
      if (!(e instanceof RangeError)) throw e;
      return tooDeep();
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, html);
  return html;
}

function tooDeep(): string {
  const lang: Lang = typeof document !== "undefined" && document.documentElement.lang === "th" ? "th" : "en";
  return `<span class="tex-too-deep" role="note">${translate(lang, "tex.tooDeep")}</span>`;
}

export function renderTex(node: HTMLElement, latex: string, displayMode = false): void {
  node.innerHTML = texHtml(latex, displayMode);
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
