// d3-zoom wired to a plot's <svg>. d3-zoom does the gesture maths (wheel, pinch, drag with a modifier); the
// component only reads `transform` to rescale its axes. Plain drags stay free for picking the start point.
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";

export class PlotZoom {
  transform: ZoomTransform = $state.raw(zoomIdentity);
  #behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #svg: SVGSVGElement | null = null;

  get zoomed(): boolean {
    const t = this.transform;
    return t.k !== 1 || t.x !== 0 || t.y !== 0;
  }

  /** Svelte attachment for the <svg>. */
  attach = (svg: SVGSVGElement) => {
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1 / 50, 5000])
      .filter((event: Event) => {
        if (event.type === "wheel") return true;
        if (event.type === "touchstart") return (event as TouchEvent).touches.length > 1;
        const m = event as MouseEvent;
        return m.button === 1 || (m.button === 0 && (m.shiftKey || m.altKey));
      })
      .on("zoom", (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
      });
    const selection = select(svg);
    selection.call(behavior).on("dblclick.zoom", null);
    selection.property("__zoom", this.transform);
    this.#behavior = behavior;
    this.#svg = svg;
    return () => {
      selection.on(".zoom", null);
      this.#behavior = null;
      this.#svg = null;
    };
  };

  reset(): void {
    if (this.#behavior && this.#svg) select(this.#svg).call(this.#behavior.transform, zoomIdentity);
    else this.transform = zoomIdentity;
  }

  scaleBy(k: number): void {
    if (this.#behavior && this.#svg) select(this.#svg).call(this.#behavior.scaleBy, k);
  }
}

/**
 * Svelte attachment: a press (no modifier) or a drag on the plot calls `pick` with SVG-pixel coordinates. While the
 * pointer is held, `dragging` stays true so the plot can hold its range still under the pointer.
 */
export function pointerPick(
  pick: (px: number, py: number) => void,
  onDrag: (dragging: boolean) => void,
): (svg: SVGSVGElement) => () => void {
  return (svg) => {
    let active: number | null = null;
    const at = (e: PointerEvent) => {
      const r = svg.getBoundingClientRect();
      pick(e.clientX - r.left, e.clientY - r.top);
    };
    const down = (e: PointerEvent) => {
      if (e.button !== 0 || e.shiftKey || e.altKey || !e.isPrimary) return;
      active = e.pointerId;
      svg.setPointerCapture?.(e.pointerId);
      onDrag(true);
      at(e);
    };
    const move = (e: PointerEvent) => {
      if (e.pointerId === active) at(e);
    };
    const up = (e: PointerEvent) => {
      if (e.pointerId !== active) return;
      active = null;
      onDrag(false);
    };
    svg.addEventListener("pointerdown", down);
    svg.addEventListener("pointermove", move);
    svg.addEventListener("pointerup", up);
    svg.addEventListener("pointercancel", up);
    return () => {
      svg.removeEventListener("pointerdown", down);
      svg.removeEventListener("pointermove", move);
      svg.removeEventListener("pointerup", up);
      svg.removeEventListener("pointercancel", up);
    };
  };
}
