// The record of a gradient-descent run: every point (x, f, the gradient there and the optimizer's state after
// the update) in growable point-major typed arrays, n = x.length values per point. The loop in descent-loop.ts
// writes into them directly (its hot path); descent-run.ts builds the objects the UI and the CLI read.

import type { Optimizer, StateField } from "./optimizers.ts";

export class Recorder {
  count = 0;
  x: Float64Array;
  f: Float64Array;
  grad: Float64Array;
  state: Partial<Record<StateField, Float64Array>>;

  constructor(
    readonly n: number,
    readonly opt: Optimizer,
    public capacity: number,
  ) {
    this.x = new Float64Array(capacity * n);
    this.grad = new Float64Array(capacity * n);
    this.f = new Float64Array(capacity);
    this.state = {};
    for (const field of opt.fields) this.state[field] = new Float64Array(capacity * n);
  }

  /** Records the starting point (the loop in `iterate` writes the others). */
  start(x: Float64Array, f: number, g: Float64Array): void {
    this.x.set(x);
    this.grad.set(g);
    this.f[0] = f;
    this.count = 1;
  }

  /** Copies the last recorded point into x (after a failed update). */
  last(x: Float64Array): void {
    const at = (this.count - 1) * this.n;
    for (let i = 0; i < this.n; i++) x[i] = this.x[at + i]!;
  }

  grow(): void {
    const cap = this.capacity * 2;
    const bigger = (a: Float64Array, per: number) => {
      const b = new Float64Array(cap * per);
      b.set(a);
      return b;
    };
    this.x = bigger(this.x, this.n);
    this.grad = bigger(this.grad, this.n);
    this.f = bigger(this.f, 1);
    for (const field of this.opt.fields) this.state[field] = bigger(this.state[field]!, this.n);
    this.capacity = cap;
  }
}
