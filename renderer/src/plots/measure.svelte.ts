// The container's width and font size, kept current by a ResizeObserver: the plots size their SVG in pixels and
// scale their margins with the type, so presentation mode's larger type gets room for its tick labels.
// The width comes from the observer's entry, not el.clientWidth: reading layout inside the callback, after another
// plot's callback has changed the DOM, forced a synchronous layout per plot per keystroke.
export class Measure {
  width = $state(640);
  fontPx = $state(14);

  /** Svelte attachment for the plot's container element. */
  attach = (el: HTMLElement) => {
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const box = entry.contentBoxSize?.[0];
      const w = box ? box.inlineSize : entry.contentRect.width;
      if (w > 0 && Math.round(w) !== this.width) this.width = Math.round(w);
      // Font size is style, not layout: cheap once the observer runs (style is clean after layout).
      const fs = parseFloat(getComputedStyle(el).fontSize) || 14;
      if (fs !== this.fontPx) this.fontPx = fs;
    });
    ro.observe(el);
    return () => ro.disconnect();
  };
}
