// Colours of the decision regions: each class has a colour (the runs' Okabe–Ito palette, safe for the common
// colour-vision deficiencies) and a marker shape, so classes stay apart without colour too. A cell of the map
// mixes the class colours by the predicted probabilities and is paler where the network is unsure, so the
// data points on top stay the strongest marks.
import { runPalette } from "../plots/palette.ts";

export const CLASS_COLORS: readonly string[] = [
  runPalette[0]!,
  runPalette[1]!,
  runPalette[2]!,
  runPalette[3]!,
];
export const classColor = (c: number) => CLASS_COLORS[c % CLASS_COLORS.length]!;

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const RGB = CLASS_COLORS.map(rgb);

/** How much colour a fully sure cell gets (the rest is white); an unsure cell gets MIN_TINT. */
const MAX_TINT = 0.5;
const MIN_TINT = 0.08;

/** RGBA pixels (row by row from the top) for a grid of class probabilities, `classes` values per cell. */
export function regionPixels(
  probs: ArrayLike<number>,
  cells: number,
  classes: number,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(cells * 4);
  for (let i = 0; i < cells; i++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let top = 0;
    for (let c = 0; c < classes; c++) {
      const p = probs[i * classes + c]!;
      const [cr, cg, cb] = RGB[c % RGB.length]!;
      r += p * cr;
      g += p * cg;
      b += p * cb;
      if (p > top) top = p;
    }
    // Sureness from 0 (every class equally likely) to 1 (one class certain).
    const sure = classes > 1 ? Math.max(0, (top - 1 / classes) / (1 - 1 / classes)) : 1;
    const a = MIN_TINT + (MAX_TINT - MIN_TINT) * sure;
    out[4 * i] = 255 + (r - 255) * a;
    out[4 * i + 1] = 255 + (g - 255) * a;
    out[4 * i + 2] = 255 + (b - 255) * a;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** A marker for class c centred at (x, y) with radius r, as SVG path data: circle, square, triangle, diamond. */
export function markerPath(c: number, x: number, y: number, r: number): string {
  switch (c % 4) {
    case 0:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 1: {
      const s = r * 0.9;
      return `M${x - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case 2: {
      const s = r * 1.2;
      return `M${x},${y - s}L${x + s * 0.95},${y + s * 0.7}L${x - s * 0.95},${y + s * 0.7}Z`;
    }
    default: {
      const s = r * 1.2;
      return `M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`;
    }
  }
}
