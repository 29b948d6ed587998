// Colours for runs and for the contour map.
//
// Runs use the Okabe–Ito palette (safe for the common colour-vision deficiencies) without its yellow, which
// vanishes on a white background under a washed-out projector, and with a deep violet instead of its sky blue, which
// was too faint on the pale contour bands. Each run also gets a dash pattern, so two runs stay apart even on a
// greyscale printout.
import { scaleLinear } from "d3-scale";

export const runPalette: readonly string[] = [
  "#0072B2", // blue
  "#D55E00", // vermilion
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#E69F00", // orange
  "#5D3A9B", // deep violet
  "#000000", // black
];

const dashes: readonly string[] = ["", "8 4", "2 4", "10 3 2 3", "4 4", "12 6", "1 3"];

export function runColor(index: number): string {
  const n = runPalette.length;
  return runPalette[((index % n) + n) % n]!;
}

export function runDash(index: number): string {
  const n = dashes.length;
  return dashes[((index % n) + n) % n]!;
}

// Contour bands: a light, nearly neutral ramp (pale at the minimum, deeper blue-grey uphill) so the saturated run
// colours stay the most visible thing on the map.
const contourStops = ["#fbfaf3", "#e5eedb", "#bfd8c9", "#8fb8b9", "#6a8fa6", "#52668a"];
const contourRamp = scaleLinear<string>()
  .domain(contourStops.map((_, i) => i / (contourStops.length - 1)))
  .range(contourStops)
  .clamp(true);

/** Fill for band `t` in [0, 1] (0 = lowest level). */
export function contourColor(t: number): string {
  return contourRamp(Number.isFinite(t) ? t : 0);
}

/** Colours that the plots share; the components read them through CSS variables with these as fallbacks. */
export const plotInk = {
  curve: "#1f2933",
  axis: "#3e4c59",
  grid: "#d9dee4",
  minimum: "#111111",
  tangent: "#9b1c31",
} as const;

/**
 * A CSS background that draws a horizontal line with an SVG dash pattern ("8 4" = 8 px on, 4 px off), so the legend
 * can show each run's dash without an <svg> of its own.
 */
export function dashBackground(color: string, dash: string | undefined): string {
  const parts = (dash ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
  if (parts.length === 0 || parts.every((n) => n === 0)) return color;
  // An odd-length dash array repeats to even length, as in SVG.
  const seq = parts.length % 2 === 1 ? [...parts, ...parts] : parts;
  const stops: string[] = [];
  let at = 0;
  seq.forEach((len, i) => {
    const c = i % 2 === 0 ? color : "transparent";
    stops.push(`${c} ${at}px ${at + len}px`);
    at += len;
  });
  return `repeating-linear-gradient(90deg, ${stops.join(", ")})`;
}
