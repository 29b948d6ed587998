// A minimum set in two variables (core/methods/minimum-set.ts) as segments to draw on the contour map: a line
// for x − y = 0, a half-line for x ≤ 0, y = 0, the edges of a strip or region, one copy per period in view. Far
// ends are at ±FAR; the plot's clip path cuts them to its frame.
import type { Along, Interval, MinimumSetN } from "../../../core/index.ts";

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const FAR = 1e4;
/** Copies of a periodic set either side of the one in [−P/2, P/2). */
const COPIES = 12;
const MAX = 400;

/** The pieces of one quantity's set: intervals (null ends far away), repeated over the periods. */
function pieces(a: Along | null): { lo: number; hi: number }[] {
  if (!a) return [{ lo: -FAR, hi: FAR }];
  const shifts = a.period ? Array.from({ length: 2 * COPIES + 1 }, (_, k) => (k - COPIES) * a.period!) : [0];
  return shifts.flatMap((s) =>
    a.set.map((iv: Interval) => ({ lo: (iv.lo ?? -FAR - s) + s, hi: (iv.hi ?? FAR - s) + s })),
  );
}

export function setSegments(set: MinimumSetN, vars: readonly string[]): Segment[] {
  if (vars.length !== 2 || set.kind === "everywhere") return [];
  const [vx, vy] = vars as [string, string];
  const out: Segment[] = [];
  if (set.kind === "box") {
    for (const px of pieces(set.parts[vx] ?? null))
      for (const py of pieces(set.parts[vy] ?? null)) {
        if (px.lo === px.hi && py.lo === py.hi) continue; // one point: the minimum's marker shows it
        // A segment (one side a point) or the edges of a rectangle.
        const edges: Segment[] =
          px.lo === px.hi || py.lo === py.hi
            ? [{ x1: px.lo, y1: py.lo, x2: px.hi, y2: py.hi }]
            : [
                { x1: px.lo, y1: py.lo, x2: px.hi, y2: py.lo },
                { x1: px.lo, y1: py.hi, x2: px.hi, y2: py.hi },
                { x1: px.lo, y1: py.lo, x2: px.lo, y2: py.hi },
                { x1: px.hi, y1: py.lo, x2: px.hi, y2: py.hi },
              ];
        out.push(...edges.filter((e) => Math.abs(e.x1) < FAR || Math.abs(e.x2) < FAR || e.y1 !== e.y2));
      }
  } else {
    // a·x + b·y = v: the line through v·w/|w|² along (−b, a); for an interval of values, its finite ends.
    const [a, b] = [set.coefs[vx] ?? 0, set.coefs[vy] ?? 0];
    const ww = a * a + b * b;
    const n = Math.sqrt(ww);
    const values = pieces(set.values).flatMap((p) =>
      p.lo === p.hi ? [p.lo] : [p.lo, p.hi].filter((v) => Math.abs(v) < FAR / 2),
    );
    for (const v of values) {
      const [x0, y0] = [(v * a) / ww, (v * b) / ww];
      out.push({
        x1: x0 + (FAR * b) / n,
        y1: y0 - (FAR * a) / n,
        x2: x0 - (FAR * b) / n,
        y2: y0 + (FAR * a) / n,
      });
    }
  }
  return out.slice(0, MAX);
}
