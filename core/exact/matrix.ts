// Small dense linear algebra for Newton steps and Hessians: Gaussian elimination and Jacobi eigenvalues.

/** Gaussian elimination with partial pivoting; null for a (numerically) singular matrix. */
export function solveLinear(
  A: readonly (readonly number[])[],
  b: readonly number[],
  rel = 1e-14,
): number[] | null {
  const n = b.length;
  const M = new Float64Array(n * (n + 1));
  A.forEach((row, i) => {
    row.forEach((v, j) => (M[i * (n + 1) + j] = v));
    M[i * (n + 1) + n] = b[i]!;
  });
  const out = new Float64Array(n);
  return solveAugmented(M, n, out, rel) ? [...out] : null;
}

/**
 * The same elimination in place, for loops that solve many small systems (Newton's steps): M is the augmented
 * matrix [A | b], n rows of n + 1 numbers, and is overwritten; the answer goes into `out`. False when A is
 * (numerically) singular or the answer is not finite.
 */
export function solveAugmented(M: Float64Array, n: number, out: Float64Array, rel = 1e-14): boolean {
  const w = n + 1;
  // The pivot test is relative to A's largest entry (a NaN entry makes every pivot fail).
  let scale = 1e-300;
  for (let r = 0; r < n; r++) for (let j = 0; j < n; j++) scale = Math.max(scale, Math.abs(M[r * w + j]!));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * w + c]!) > Math.abs(M[p * w + c]!)) p = r;
    if (!(Math.abs(M[p * w + c]!) > rel * scale)) return false;
    // Stryker disable next-line ConditionalExpression: swapping a row with itself changes nothing
    if (p !== c)
      for (let j = 0; j < w; j++) {
        const t = M[c * w + j]!;
        M[c * w + j] = M[p * w + j]!;
        M[p * w + j] = t;
      }
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r * w + c]! / M[c * w + c]!;
      for (let j = c; j <= n; j++) M[r * w + j]! -= k * M[c * w + j]!;
    }
  }
  for (let i = 0; i < n; i++) {
    out[i] = M[i * w + n]! / M[i * w + i]!;
    if (!Number.isFinite(out[i]!)) return false;
  }
  return true;
}

/** Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations. */
export function jacobiEigenvalues(S: readonly (readonly number[])[]): number[] {
  const n = S.length;
  const a = S.map((r) => [...r]);
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i]![j]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (a[p]![q] === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
      }
  }
  return a.map((r, i) => r[i]!).sort((x, y) => x - y);
}
