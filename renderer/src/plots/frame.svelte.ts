// What every plot shares around its picture: its size in pixels (the container's width, a height that follows
// the type size), the plot rectangle inside margins given in em, tick counts that leave room for their labels,
// the locale's formatters, and the keys that zoom. A plot says how tall it wants to be and how wide its margins
// are; the frame (with Frame.svelte, its SVG and shared style) does the rest, like PlotZoom and Measure.
import { Measure } from "./measure.svelte";
import { formatValue, tickFormatter } from "./format";
import { PlotZoom } from "./zoom.svelte";
import type { ZoomScale } from "d3-zoom";
import type { Attachment } from "svelte/attachments";

/** A plot's shape: height max(minPx, minEm·em, min(maxPx, ratio·width)); margins in em. */
export interface FrameShape {
  minPx: number;
  minEm: number;
  maxPx: number;
  ratio: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The three plots' shapes: the graph of f(x), the contour map (taller, for equal units) and the loss chart. */
export const SHAPES = {
  function: {
    minPx: 260,
    minEm: 18,
    maxPx: 560,
    ratio: 0.6,
    margin: { top: 2.2, right: 1.2, bottom: 3.4, left: 4.6 },
  },
  contour: {
    minPx: 280,
    minEm: 20,
    maxPx: 640,
    ratio: 0.75,
    margin: { top: 2.2, right: 1.2, bottom: 3.4, left: 4 },
  },
  loss: {
    minPx: 200,
    minEm: 13,
    maxPx: 360,
    ratio: 0.4,
    margin: { top: 2.2, right: 2.2, bottom: 3.4, left: 4.6 },
  },
} satisfies Record<string, FrameShape>;

/** What the frame reads from the plot's props: fixed sizes (else it fills its container) and the locale. */
export interface FrameProps {
  width?: number;
  height?: number;
  locale: string;
}

export class PlotFrame {
  readonly measure = new Measure();
  readonly #shape: FrameShape;
  readonly #props: () => FrameProps;

  /** The plot's own id prefix (`$props.id()`): the clip path is `${uid}-clip`. */
  readonly uid: string;
  readonly clip: string;

  /** Wheel, pinch and modifier-drag zoom, for plots that zoom (the loss chart does not). */
  readonly zoom: PlotZoom | null;

  constructor(shape: FrameShape, uid: string, props: () => FrameProps, opts: { zoom?: boolean } = {}) {
    this.#shape = shape;
    this.uid = uid;
    this.clip = `url(#${uid}-clip)`;
    this.#props = props;
    this.zoom = opts.zoom ? new PlotZoom() : null;
  }

  /** A scale as the zoom shows it (unchanged when the plot does not zoom). */
  zoomX = <S extends ZoomScale>(scale: S): S => (this.zoom ? this.zoom.transform.rescaleX(scale) : scale);
  zoomY = <S extends ZoomScale>(scale: S): S => (this.zoom ? this.zoom.transform.rescaleY(scale) : scale);

  // Arrow functions: the shape and props are set in the constructor, after these fields are declared.
  em = $derived(this.measure.fontPx);
  width = $derived.by(() => Math.max(200, this.#props().width ?? this.measure.width));
  height = $derived.by(() => {
    const { minPx, minEm, maxPx, ratio } = this.#shape;
    return (
      this.#props().height ??
      Math.round(Math.max(minPx, this.em * minEm, Math.min(maxPx, this.width * ratio)))
    );
  });
  left = $derived.by(() => this.em * this.#shape.margin.left);
  right = $derived.by(() => this.width - this.em * this.#shape.margin.right);
  top = $derived.by(() => this.em * this.#shape.margin.top);
  bottom = $derived.by(() => this.height - this.em * this.#shape.margin.bottom);

  /** How many ticks fit across with one every `em` type sizes (at least 2). */
  xTickCount = (em: number) => Math.max(2, Math.floor((this.right - this.left) / (this.em * em)));
  yTickCount = (em: number) => Math.max(2, Math.floor((this.bottom - this.top) / (this.em * em)));

  /** Tick labels with just enough decimals to tell these ticks apart. */
  tickFormat = (ticks: readonly number[]) =>
    tickFormatter(this.#props().locale, (ticks[1] ?? 1) - (ticks[0] ?? 0), Math.max(...ticks.map(Math.abs)));

  /** A value in a label or the accessible name. */
  fmt = (v: number) => formatValue(this.#props().locale, v);
}

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** A plot whose start the class can pick: the pointer's attachment, and where the start is now, said to assistive
 *  tech (the picture is then a slider). */
export interface StartPick {
  pick: Attachment<SVGSVGElement>;
  text: string;
  value: number;
}

/**
 * The keys every plot shares: arrows move the start (`onArrow` gets the direction, up and right positive, and
 * whether Shift asks for a large step); + and − zoom by 1.5 and 0 resets. Returns whether the key was one of them.
 */
export function plotKey(
  e: { key: string; shiftKey: boolean },
  zoom: PlotZoom | null,
  onArrow: ((dx: number, dy: number, large: boolean) => void) | undefined,
): boolean {
  const arrow = ARROWS[e.key];
  if (arrow) {
    onArrow?.(arrow[0], arrow[1], e.shiftKey);
    return true;
  }
  if (!zoom) return false;
  switch (e.key) {
    case "+":
    case "=":
      zoom.scaleBy(1.5);
      return true;
    case "-":
    case "_":
      zoom.scaleBy(1 / 1.5);
      return true;
    case "0":
      zoom.reset();
      return true;
    default:
      return false;
  }
}

/** The accessible name: the parts that apply, as sentences. */
export const describe = (parts: readonly (string | null | false | undefined)[]): string =>
  parts.filter((s) => s).join(". ");
