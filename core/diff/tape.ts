// The compiled form's inner loops. Every case restates, inline, the value or slope of one entry of ops.ts:
// a call through the table per instruction costs several times the arithmetic itself (measured: about 4× on
// the benchmark's 20-term sum). tape.test.ts checks every opcode here against the table, so the two cannot drift;
// an operation without a case here falls through to the table.

import { OPCODE, OP_LIST } from "../expr/ops.ts";

// prettier-ignore
const ORDER = ["add", "sub", "mul", "div", "pow", "neg", "sin", "cos", "tan", "sec", "csc", "cot", "asin", "acos",
  "atan", "sinh", "cosh", "tanh", "exp", "log", "sqrt", "abs", "sign", "sigmoid", "relu"] as const;
ORDER.forEach((op, i) => {
  if (OPCODE.get(op) !== i) throw new Error(`tape.ts: opcode of ${op} is ${OPCODE.get(op)}, expected ${i}`);
});
// Operations added to ops.ts after these run through the table (the default branches): correct, a little slower.
const EVAL = OP_LIST.map((s) => s.value);
const DA = OP_LIST.map((s) => s.da);
const DB = OP_LIST.map((s) => s.db);

export interface Tape {
  /** Slots: [variables | constants | one per instruction]; instruction k writes slot base + k. */
  readonly base: number;
  /** Number of variables (slots 0 … nv − 1) and the slot holding the result. */
  readonly nv: number;
  readonly root: number;
  readonly ops: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Whether argument a / b depends on a variable (only then is its slope needed). */
  readonly needA: Uint8Array;
  readonly needB: Uint8Array;
}

/** Fills vals[base..] in order; returns false as soon as a value is not finite (outside the domain). */
export function forwardTape(t: Tape, vals: Float64Array): boolean {
  const { base, ops, a: ia, b: ib } = t;
  const m = ops.length;
  for (let k = 0; k < m; k++) {
    const a = vals[ia[k]!]!;
    const b = vals[ib[k]!]!;
    let v: number;
    // prettier-ignore
    switch (ops[k]) {
      case 0: v = a + b; break;
      case 1: v = a - b; break;
      case 2: v = a * b; break;
      case 3: v = a / b; break;
      case 4: v = b === 2 ? a * a : Math.pow(a, b); break;
      case 5: v = -a; break;
      case 6: v = Math.sin(a); break;
      case 7: v = Math.cos(a); break;
      case 8: v = Math.tan(a); break;
      case 9: v = 1 / Math.cos(a); break;
      case 10: v = 1 / Math.sin(a); break;
      case 11: v = 1 / Math.tan(a); break;
      case 12: v = Math.asin(a); break;
      case 13: v = Math.acos(a); break;
      case 14: v = Math.atan(a); break;
      case 15: v = Math.sinh(a); break;
      case 16: v = Math.cosh(a); break;
      case 17: v = Math.tanh(a); break;
      case 18: v = Math.exp(a); break;
      case 19: v = Math.log(a); break;
      case 20: v = Math.sqrt(a); break;
      case 21: v = Math.abs(a); break;
      case 22: v = Math.sign(a); break;
      case 23: v = a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)); break;
      case 24: v = a > 0 ? a : 0; break;
      default: v = EVAL[ops[k]!]!(a, b);
    }
    // Checked per instruction: a few functions (sigmoid, tanh, atan) would turn an infinity back into a finite number.
    if (v - v !== 0) return false;
    vals[base + k] = v;
  }
  return true;
}

/** Accumulates adjoints backwards; adj must be zero except the root's seed. */
export function backwardTape(t: Tape, vals: Float64Array, adj: Float64Array): void {
  const { base, ops, a: ia, b: ib, needA, needB } = t;
  for (let k = ops.length - 1; k >= 0; k--) {
    const g = adj[base + k]!;
    const i = ia[k]!;
    const j = ib[k]!;
    const a = vals[i]!;
    const b = vals[j]!;
    const v = vals[base + k]!;
    let da = 0;
    let db = 0;
    // prettier-ignore
    switch (ops[k]) {
      case 0: da = 1; db = 1; break;
      case 1: da = 1; db = -1; break;
      case 2: da = b; db = a; break;
      case 3: da = 1 / b; db = -a / (b * b); break;
      case 4:
        da = b === 2 ? 2 * a : b === 0 ? 0 : b * Math.pow(a, b - 1);
        if (needB[k]) db = v === 0 || (a === 0 && b >= 0) ? 0 : v * Math.log(a);
        break;
      case 5: da = -1; break;
      case 6: da = Math.cos(a); break;
      case 7: da = -Math.sin(a); break;
      case 8: { const c = Math.cos(a); da = 1 / (c * c); break; }
      case 9: da = v * Math.tan(a); break;
      case 10: da = -v / Math.tan(a); break;
      case 11: { const s = Math.sin(a); da = -1 / (s * s); break; }
      case 12: da = 1 / Math.sqrt(1 - a * a); break;
      case 13: da = -1 / Math.sqrt(1 - a * a); break;
      case 14: da = 1 / (1 + a * a); break;
      case 15: da = Math.cosh(a); break;
      case 16: da = Math.sinh(a); break;
      case 17: da = 1 - v * v; break;
      case 18: da = v; break;
      case 19: da = 1 / a; break;
      case 20: da = 1 / (2 * v); break;
      case 21: da = Math.sign(a); break;
      case 22: da = 0; break;
      case 23: da = v * (1 - v); break;
      case 24: da = a > 0 ? 1 : 0; break;
      default: da = DA[ops[k]!]!(a, b, v); db = needB[k] ? DB[ops[k]!]!(a, b, v) : 0;
    }
    if (needA[k]) adj[i] = adj[i]! + g * da;
    if (needB[k]) adj[j] = adj[j]! + g * db;
  }
}

/** Value and gradient in one call (the hot path of gradient descent): NaN, and NaN in gradOut, outside the domain. */
export function valueAndGradTape(
  t: Tape,
  x: ArrayLike<number>,
  vals: Float64Array,
  adj: Float64Array,
  gradOut: Float64Array,
): number {
  const { nv, base, root } = t;
  const m = t.ops.length;
  for (let i = 0; i < nv; i++) {
    vals[i] = x[i]!;
    adj[i] = 0;
  }
  if (!forwardTape(t, vals)) {
    for (let i = 0; i < nv; i++) gradOut[i] = NaN;
    return NaN;
  }
  for (let k = base; k < base + m; k++) adj[k] = 0;
  adj[root] = 1;
  backwardTape(t, vals, adj);
  for (let i = 0; i < nv; i++) {
    const d = adj[i]!;
    // A slope outside its domain shows up here: ±Infinity and NaN survive every later step of the sweep.
    if (d - d !== 0) {
      for (let j = 0; j < nv; j++) gradOut[j] = NaN;
      return NaN;
    }
    gradOut[i] = d + 0;
  }
  return vals[root]!;
}
