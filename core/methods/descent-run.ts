// A finished run as the UI and the CLI read it: the verdict, where it stopped, and the trajectory and steps
// built from the recorder's typed arrays once, on first access (a long run's objects are never made unless
// someone reads them; JSON.stringify and structuredClone read them like any other field).

import type { DescentError } from "../expr/errors.ts";
import type { Recorder } from "./descent-record.ts";
import type { StopReason } from "./descent-loop.ts";
import type { Msg } from "../messages/index.ts";
import type { Optimizer, StateField } from "./optimizers.ts";

export type DescentStatus = "converged" | "max-iter" | "diverged";

export type Point = Record<string, number>;
/** steps[0] is the start (update null, state {}); steps[k] is the point after update k. */
export interface DescentStep {
  x: Point;
  f: number;
  grad: Point;
  /** The change of x the update made (x_k − x_{k−1}); null at the start. */
  update: Point | null;
  /** The optimizer's state after the update: `step` and its vectors (velocity, square_avg, grad_avg, sum, m, v, v_max). */
  state: { step?: number } & Partial<Record<StateField, Point>>;
}

export interface DescentRun {
  status: DescentStatus;
  reason: StopReason;
  /** What happened, in words. */
  message: string;
  messageMsg: Msg;
  /** The gradient is (almost) zero where the run stopped, and that point is not shown to be a minimum. */
  flat: boolean;
  vars: string[];
  /** Where the run stopped (the last finite point), and f there. */
  argmin: Point;
  min: number;
  /** Updates made (trajectory.length − 1). */
  iterations: number;
  /** Only when reason is "domain": the error naming the operation that left the domain. */
  error?: { code: string; message: string; span: [number, number] };
  /** x0 first, then the point after each update. Built on first access. */
  readonly trajectory: { x: Point; f: number }[];
  /** One entry per trajectory point. Built on first access. */
  readonly steps: DescentStep[];
  /** The raw record (not serialised): typed arrays, point-major, n = vars.length values per point. */
  readonly raw: DescentRecord;
}

export interface DescentRecord {
  n: number;
  /** Points recorded (iterations + 1). */
  count: number;
  x: Float64Array;
  f: Float64Array;
  grad: Float64Array;
  state: Partial<Record<StateField, Float64Array>>;
}

/** A user's variable as a key: an own property even for __proto__ (plain assignment would set the prototype). */
const setKey = (o: Point, k: string, v: number) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

/** -0 reads as 0 everywhere we show a number. */
const clean = (v: number) => (v === 0 ? 0 : v);

export function makeRun(
  rec: Recorder,
  vars: string[],
  opt: Optimizer,
  end: Pick<DescentRun, "status" | "reason" | "message" | "messageMsg" | "flat"> & {
    error: DescentError | null;
  },
): DescentRun {
  const n = rec.n;
  const count = rec.count;
  const last = count - 1;
  const point = (a: Float64Array, k: number): Point => {
    const p: Point = {};
    for (let i = 0; i < n; i++) setKey(p, vars[i]!, clean(a[k * n + i]!));
    return p;
  };
  const raw: DescentRecord = {
    n,
    count,
    x: rec.x.subarray(0, count * n),
    f: rec.f.subarray(0, count),
    grad: rec.grad.subarray(0, count * n),
    state: Object.fromEntries(opt.fields.map((fd) => [fd, rec.state[fd]!.subarray(0, count * n)])),
  };
  const run = {
    status: end.status,
    reason: end.reason,
    message: end.message,
    flat: end.flat,
    vars,
    argmin: point(raw.x, last),
    min: clean(raw.f[last]!),
    iterations: last,
    ...(end.error ? { error: end.error.toJSON() as DescentRun["error"] } : {}),
  } as DescentRun;
  // The update that led to point k is x_k − x_{k−1}, the change actually applied (computed here, not stored).
  const updateAt = (k: number): Point => {
    const p: Point = {};
    for (let i = 0; i < n; i++) setKey(p, vars[i]!, clean(raw.x[k * n + i]! - raw.x[(k - 1) * n + i]!));
    return p;
  };
  lazy(run, "trajectory", () =>
    Array.from({ length: count }, (_, k) => ({ x: point(raw.x, k), f: clean(raw.f[k]!) })),
  );
  lazy(run, "steps", () =>
    Array.from({ length: count }, (_, k): DescentStep => {
      const state: DescentStep["state"] = {};
      if (k > 0) {
        if (opt.name !== "sgd") state.step = k;
        for (const field of opt.fields) state[field] = point(raw.state[field]!, k);
      }
      return {
        x: point(raw.x, k),
        f: clean(raw.f[k]!),
        grad: point(raw.grad, k),
        update: k === 0 ? null : updateAt(k),
        state,
      };
    }),
  );
  Object.defineProperty(run, "raw", { value: raw, enumerable: false });
  // Not serialised either: the run's JSON keeps its published shape; the UI reads it by name.
  Object.defineProperty(run, "messageMsg", { value: end.messageMsg, enumerable: false });
  return run;
}

/** An enumerable property computed once, on first read (JSON.stringify and structuredClone read it too). */
function lazy<T extends object>(obj: T, key: string, build: () => unknown): void {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}
