// Thinning long paths before drawing. A 10,000-step run mostly piles up near the minimum; points closer than a
// fraction of a pixel to the last kept one add nothing to the picture.

/**
 * Indices of the points to draw: the first, the last, and every point at least `minDist` pixels from the previous
 * kept one; if that still leaves more than `max`, an even stride over them (first and last always kept).
 */
export function decimatePixels(
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  minDist = 0.75,
  max = 2000,
): number[] {
  const n = Math.min(px.length, py.length);
  if (n === 0) return [];
  const keep: number[] = [0];
  const d2 = minDist * minDist;
  let lx = px[0]!;
  let ly = py[0]!;
  for (let i = 1; i < n - 1; i++) {
    const dx = px[i]! - lx;
    const dy = py[i]! - ly;
    if (dx * dx + dy * dy >= d2) {
      keep.push(i);
      lx = px[i]!;
      ly = py[i]!;
    }
  }
  if (n > 1) keep.push(n - 1);
  if (keep.length <= max) return keep;
  const out: number[] = [];
  const step = (keep.length - 1) / (max - 1);
  for (let k = 0; k < max; k++) out.push(keep[Math.round(k * step)]!);
  return out;
}

/**
 * For a series drawn against its index (loss per iteration): when there are more points than `buckets`, keep the
 * first, last, minimum and maximum of each bucket, so spikes and the final plateau survive. Indices ascending.
 */
export function decimateMinMax(values: ArrayLike<number>, buckets: number): number[] {
  const n = values.length;
  if (n <= buckets * 4 || buckets < 1) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  const size = n / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    if (end <= start) continue;
    let iMin = start;
    let iMax = start;
    for (let i = start; i < end; i++) {
      const v = values[i]!;
      if (v < values[iMin]! || Number.isNaN(values[iMin]!)) iMin = i;
      if (v > values[iMax]! || Number.isNaN(values[iMax]!)) iMax = i;
    }
    const picked = [...new Set([start, iMin, iMax, end - 1])].sort((a, b) => a - b);
    out.push(...picked);
  }
  return out;
}
