// The container's width and font size, kept current by a ResizeObserver: the plots size their SVG in pixels and
// scale their margins with the type, so presentation mode's larger type gets room for its tick labels.
export class Measure {
  width = $state(640);
  fontPx = $state(14);

  /** Svelte attachment for the plot's container element. */
  attach = (el: HTMLElement) => {
    const read = () => {
      this.width = el.clientWidth || this.width;
      this.fontPx = parseFloat(getComputedStyle(el).fontSize) || 14;
    };
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  };
}
