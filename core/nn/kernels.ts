// The arithmetic of the network layer as plain loops over row-major Float64Arrays, writing into buffers the
// caller owns (no allocation): the graph nodes of tensor-ops.ts call them for forward and backward, and the
// no-grad prediction path (predict, evaluate) calls the forward ones directly. Each derivative sits next to its
// forward, written as torch writes it.

export type Activation = "tanh" | "relu" | "sigmoid";
export const ACTIVATIONS: readonly Activation[] = ["tanh", "relu", "sigmoid"];

/** y[B×out] = x[B×in]·Wᵀ + b, W stored as torch's Linear weight, rows [out][in]. */
export function linearForward(
  x: Float64Array,
  rows: number,
  nin: number,
  W: Float64Array,
  b: Float64Array,
  nout: number,
  y: Float64Array,
): void {
  for (let r = 0; r < rows; r++) {
    const xo = r * nin;
    for (let o = 0; o < nout; o++) {
      const wo = o * nin;
      let s = 0;
      for (let i = 0; i < nin; i++) s += x[xo + i]! * W[wo + i]!;
      y[r * nout + o] = s + b[o]!;
    }
  }
}

/** Given gy = ∂L/∂y: ∂L/∂W = gyᵀ·x, ∂L/∂b = Σ over rows of gy, and (when gx is given) ∂L/∂x = gy·W. */
export function linearBackward(
  gy: Float64Array,
  x: Float64Array,
  rows: number,
  nin: number,
  W: Float64Array,
  nout: number,
  gW: Float64Array,
  gb: Float64Array,
  gx: Float64Array | null,
): void {
  gW.fill(0, 0, nout * nin);
  gb.fill(0, 0, nout);
  for (let r = 0; r < rows; r++) {
    const xo = r * nin;
    for (let o = 0; o < nout; o++) {
      const g = gy[r * nout + o]!;
      gb[o]! += g;
      const wo = o * nin;
      for (let i = 0; i < nin; i++) gW[wo + i]! += g * x[xo + i]!;
    }
  }
  if (gx === null) return;
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < nin; i++) {
      let s = 0;
      for (let o = 0; o < nout; o++) s += gy[r * nout + o]! * W[o * nin + i]!;
      gx[r * nin + i] = s;
    }
  }
}

/** c[n×m] = a[n×k]·b[k×m]. */
export function matmulForward(
  a: Float64Array,
  b: Float64Array,
  n: number,
  k: number,
  m: number,
  c: Float64Array,
): void {
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a[i * k + t]! * b[t * m + j]!;
      c[i * m + j] = s;
    }
}

/** y = f(z) elementwise over the first `count` entries. */
export function activationForward(kind: Activation, z: Float64Array, count: number, y: Float64Array): void {
  switch (kind) {
    case "tanh":
      for (let i = 0; i < count; i++) y[i] = Math.tanh(z[i]!);
      return;
    case "relu":
      for (let i = 0; i < count; i++) y[i] = z[i]! > 0 ? z[i]! : 0;
      return;
    case "sigmoid":
      for (let i = 0; i < count; i++) y[i] = 1 / (1 + Math.exp(-z[i]!));
      return;
  }
}

/** gz = gy·f′(z), written with the result y as torch does: tanh′ = 1 − y², σ′ = (1 − y)·y, relu′ = [y > 0]. */
export function activationBackward(
  kind: Activation,
  gy: Float64Array,
  y: Float64Array,
  count: number,
  gz: Float64Array,
): void {
  switch (kind) {
    case "tanh":
      for (let i = 0; i < count; i++) gz[i] = gy[i]! * (1 - y[i]! * y[i]!);
      return;
    case "relu":
      for (let i = 0; i < count; i++) gz[i] = y[i]! > 0 ? gy[i]! : 0;
      return;
    case "sigmoid":
      for (let i = 0; i < count; i++) gz[i] = gy[i]! * (1 - y[i]!) * y[i]!;
      return;
  }
}

/** Row-wise log-softmax: out = z − max − log Σ exp(z − max) (the max keeps exp from overflowing). */
export function logSoftmaxForward(z: Float64Array, rows: number, cols: number, out: Float64Array): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let max = -Infinity;
    for (let j = 0; j < cols; j++) if (z[o + j]! > max) max = z[o + j]!;
    let s = 0;
    for (let j = 0; j < cols; j++) s += Math.exp(z[o + j]! - max);
    const logS = Math.log(s);
    for (let j = 0; j < cols; j++) out[o + j] = z[o + j]! - max - logS;
  }
}

/** gz = g − softmax·Σⱼ g, row by row (softmax = exp of the saved result). */
export function logSoftmaxBackward(
  g: Float64Array,
  out: Float64Array,
  rows: number,
  cols: number,
  gz: Float64Array,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let s = 0;
    for (let j = 0; j < cols; j++) s += g[o + j]!;
    for (let j = 0; j < cols; j++) gz[o + j] = g[o + j]! - Math.exp(out[o + j]!) * s;
  }
}

/** nn.NLLLoss (mean): −(1/B) Σ logp[r, y_r]. */
export function nllLossForward(logp: Float64Array, y: Int32Array, rows: number, cols: number): number {
  let s = 0;
  for (let r = 0; r < rows; r++) s += logp[r * cols + y[r]!]!;
  return -s / rows;
}

/** ∂L/∂logp = −g/B at each row's label, 0 elsewhere. */
export function nllLossBackward(
  g: number,
  y: Int32Array,
  rows: number,
  cols: number,
  glogp: Float64Array,
): void {
  glogp.fill(0, 0, rows * cols);
  const d = -g / rows;
  for (let r = 0; r < rows; r++) glogp[r * cols + y[r]!] = d;
}

/** nn.MSELoss (mean) of the outputs against one-hot targets of the labels: (1/N) Σ (out − onehot)². */
export function mseLossForward(out: Float64Array, y: Int32Array, rows: number, cols: number): number {
  let s = 0;
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < cols; j++) {
      const d = out[r * cols + j]! - (y[r] === j ? 1 : 0);
      s += d * d;
    }
  return s / (rows * cols);
}

/** ∂L/∂out = (2/N)·(out − onehot)·g. */
export function mseLossBackward(
  g: number,
  out: Float64Array,
  y: Int32Array,
  rows: number,
  cols: number,
  gout: Float64Array,
): void {
  const norm = 2 / (rows * cols);
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < cols; j++) {
      const k = r * cols + j;
      gout[k] = norm * (out[k]! - (y[r] === j ? 1 : 0)) * g;
    }
}
