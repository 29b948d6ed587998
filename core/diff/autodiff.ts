// Numbers from expression graphs: value, and every partial derivative by reverse mode — one forward sweep in
// topological order, one backward sweep that *accumulates* adjoints where a node feeds several others. Adjoints
// live in an array owned by that one pass, never on the shared nodes.
//
// Two forms: the interpreter (`evaluate`, `valueAndGrad`) throws a DescentError naming the operation that left its
// domain; `compile` flattens the graph into a tape of typed arrays for speed (no eval / new Function: the
// renderer's CSP forbids them) and answers NaN outside the domain, with `explain` as its slow path.

import { DescentError, type ErrorCode, type Span } from "../expr/errors.ts";
import { type Node, metered, topoOrder, variables } from "../expr/node.ts";
import { OPCODE, fmt, powerPart, spec } from "../expr/ops.ts";
import { type Tape, forwardTape, valueAndGradTape } from "./tape.ts";
import { msg, say, type Msg } from "../messages/index.ts";

export interface EvalOptions {
  /** Where each node sits in the text the student typed (parser.parseWithSpans), for error spans. */
  spans?: ReadonlyMap<Node, Span>;
}

const NO_SPAN: Span = [0, 0];
const userError = (code: ErrorCode, m: Msg, span: Span = NO_SPAN) => new DescentError(code, say(m), span, m);

function constValue(n: Node & { kind: "const" }): number {
  return n.name === "pi" ? Math.PI : Math.E;
}

function lookup(at: Record<string, number>, name: string, opts: EvalOptions | undefined, node: Node): number {
  const v = Object.hasOwn(at, name) ? at[name] : undefined;
  const span = opts?.spans?.get(node) ?? NO_SPAN;
  if (v === undefined) throw userError("unknown_variable", msg("ad.noValue", { name }), span);
  // Number.isFinite is false for anything but a number.
  if (!Number.isFinite(v)) throw userError("invalid_option", msg("ad.notFinite", { name }), span);
  return v;
}

interface Forward {
  order: Node[];
  values: Float64Array;
  index: Map<Node, number>;
}

function forward(root: Node, at: Record<string, number>, opts?: EvalOptions): Forward {
  const order = topoOrder(root);
  const index = new Map<Node, number>();
  const values = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const n = order[i]!;
    index.set(n, i);
    let v: number;
    if (n.kind === "num") v = n.value;
    else if (n.kind === "const") v = constValue(n);
    else if (n.kind === "sym") v = lookup(at, n.name, opts, n);
    else {
      const s = spec(n.op);
      const a = values[index.get(n.args[0]!)!]!;
      // Stryker disable next-line ConditionalExpression: a unary operation ignores its second argument
      const b = s.arity === 2 ? values[index.get(n.args[1]!)!]! : 0;
      v = s.value(a, b);
      if (!Number.isFinite(v)) {
        const why = s.domain(a, b);
        throw new DescentError("domain", say(why), opts?.spans?.get(n) ?? NO_SPAN, why);
      }
    }
    values[i] = v;
  }
  return { order, values, index };
}

/** The value of the expression at a point; a DescentError (code "domain") when a step leaves its domain. */
export function evaluate(node: Node, at: Record<string, number>, opts?: EvalOptions): number {
  const { values } = forward(node, at, opts);
  return values[values.length - 1]!;
}

function slopeMessage(n: Node & { kind: "apply" }, which: 0 | 1, a: number, b: number): Msg {
  if (n.op === "pow" && which === 1)
    // Stryker disable next-line EqualityOperator: at a zero base the exponent's slope is 0 or the value already overflowed
    return a < 0 ? msg("dom.slopeNegBase", { a: powerPart(a) }) : msg("dom.slopePowExponent");
  if (n.op === "pow") return msg("dom.slopePow", { a: fmt(a), b: powerPart(b) });
  return msg("dom.slopeFn", { f: spec(n.op).text, a: fmt(a) });
}

/**
 * `evaluate` for many points of one expression: the order is worked out once, and a point outside the domain (or
 * a variable without a value) gives NaN instead of a throw. Each call counts its nodes against the work budget as
 * `evaluate` does, and the values are the same numbers, from the same operations in the same order.
 */
export function pointEvaluator(node: Node): (at: Record<string, number>) => number {
  const order = topoOrder(node);
  const m = order.length;
  const index = new Map(order.map((n, i) => [n, i]));
  const argOf = (n: Node, k: number): number => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a unary node's missing second argument becomes 0, which it ignores
    return n.kind === "apply" && k < n.args.length ? index.get(n.args[k]!)! : 0;
  };
  const argA = Int32Array.from(order, (n) => argOf(n, 0));
  const argB = Int32Array.from(order, (n) => argOf(n, 1));
  const values = new Float64Array(m);
  return (at) => {
    try {
      metered(m);
    } catch {
      return NaN; // the budget is spent: it remembers that, and the request's boundary reports it
    }
    for (let i = 0; i < m; i++) {
      const n = order[i]!;
      let v: number;
      if (n.kind === "num") v = n.value;
      else if (n.kind === "const") v = constValue(n);
      else {
        if (n.kind === "sym") v = Object.hasOwn(at, n.name) ? at[n.name]! : NaN;
        else {
          const s = spec(n.op);
          // Stryker disable next-line ConditionalExpression: a unary operation ignores its second argument
          v = s.value(values[argA[i]!]!, s.arity === 2 ? values[argB[i]!]! : 0);
        }
        if (!Number.isFinite(v)) return NaN;
      }
      values[i] = v;
    }
    return values[m - 1]!;
  };
}

const setKey = (o: Record<string, number>, k: string, v: number) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

/** Value and every partial derivative (keys: the expression's variables), by one forward and one backward sweep. */
export function valueAndGrad(
  node: Node,
  at: Record<string, number>,
  opts?: EvalOptions,
): { value: number; grad: Record<string, number> } {
  const { order, values, index } = forward(node, at, opts);
  const m = order.length;
  // Which nodes depend on a variable: only their slopes are needed (and only theirs can fail).
  const live = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const n = order[i]!;
    live[i] = n.kind === "sym" ? 1 : n.kind === "apply" && n.args.some((a) => live[index.get(a)!]) ? 1 : 0;
  }
  const adj = new Float64Array(m);
  adj[m - 1] = 1;
  // Stryker disable next-line EqualityOperator: node 0 comes first in the order, so it is a leaf, which the sweep skips
  for (let i = m - 1; i >= 0; i--) {
    const n = order[i]!;
    if (n.kind !== "apply" || !live[i]) continue;
    const s = spec(n.op);
    const ia = index.get(n.args[0]!)!;
    // Stryker disable next-line ConditionalExpression,UnaryOperator: a unary operation ignores its second argument (its slope there is 0)
    const ib = s.arity === 2 ? index.get(n.args[1]!)! : -1;
    const a = values[ia]!;
    // Stryker disable next-line ConditionalExpression: a unary operation ignores its second argument
    const b = ib >= 0 ? values[ib]! : 0;
    const v = values[i]!;
    for (const [which, j] of [
      [0, ia],
      [1, ib],
    ] as const) {
      // Stryker disable next-line ConditionalExpression: live[−1] is undefined, so a missing argument is skipped either way
      if (j < 0 || !live[j]) continue;
      const slope = which === 0 ? s.da(a, b, v) : s.db(a, b, v);
      if (!Number.isFinite(slope)) {
        const why = slopeMessage(n, which, a, b);
        throw new DescentError("domain", say(why), opts?.spans?.get(n) ?? NO_SPAN, why);
      }
      adj[j]! += adj[i]! * slope;
    }
  }
  const adjointOf = new Map<string, number>();
  for (let i = 0; i < m; i++) {
    const n = order[i]!;
    // Stryker disable next-line ConditionalExpression: only variables are looked up, and no constant or operation has a variable's name
    if (n.kind === "sym") adjointOf.set(n.name, adj[i]!);
  }
  const grad: Record<string, number> = {};
  for (const name of variables(node)) {
    const d = adjointOf.get(name)!;
    if (!Number.isFinite(d)) throw userError("domain", msg("ad.gradOverflow", { name }));
    setKey(grad, name, d); // never −0: adjoints start at +0, and +0 + (−0) is +0
  }
  return { value: values[m - 1]!, grad };
}

/** A graph flattened into a tape: fast value and gradient, NaN (never a throw) outside the domain. */
export interface Compiled {
  readonly vars: readonly string[];
  /** f(x), writing ∂f/∂vars[i] into gradOut[i]; NaN when any value or slope leaves its domain. */
  valueAndGrad(x: ArrayLike<number>, gradOut: Float64Array): number;
  /** f(x) alone (NaN outside the domain). */
  value(x: ArrayLike<number>): number;
  /** Why x is outside the domain (the interpreter's DescentError), or null when it is inside. */
  explain(x: ArrayLike<number>): DescentError | null;
}

export function compile(node: Node, vars: readonly string[], opts?: EvalOptions): Compiled {
  const order = topoOrder(node);
  const nv = vars.length;
  const varIndex = new Map(vars.map((v, i) => [v, i]));
  const slot = new Map<Node, number>();
  const live = new Set<Node>();
  // Stryker disable next-line ArrowFunction: the variables' slots are written before every run
  const init: number[] = Array.from({ length: nv }, () => 0);
  const code: number[] = [];
  const argA: number[] = [];
  const argB: number[] = [];
  const needA: number[] = [];
  const needB: number[] = [];
  // Constant subtrees are folded once here; the tape holds only operations that depend on a variable.
  const constants = new Map<Node, number>();
  for (const n of order) {
    if (n.kind === "sym") {
      const i = varIndex.get(n.name);
      if (i === undefined)
        throw userError("unknown_variable", msg("ad.notAVariable", { name: n.name, vars: vars.join(", ") }));
      slot.set(n, i);
      live.add(n);
      continue;
    }
    if (n.kind === "num" || n.kind === "const") {
      constants.set(n, n.kind === "num" ? n.value : constValue(n));
      continue;
    }
    const s = spec(n.op);
    const [a, b] = n.args;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: folding only saves work; an unfolded constant gives the same numbers on the tape
    if (!live.has(a!) && !(b && live.has(b))) {
      constants.set(n, s.value(constants.get(a!)!, b ? constants.get(b)! : 0));
      continue;
    }
    live.add(n);
    const slotOf = (c: Node) => {
      let k = slot.get(c);
      if (k === undefined) {
        k = init.length;
        init.push(constants.get(c)!);
        slot.set(c, k);
      }
      return k;
    };
    code.push(OPCODE.get(n.op)!);
    argA.push(slotOf(a!));
    argB.push(b ? slotOf(b) : 0);
    needA.push(live.has(a!) ? 1 : 0);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a constant's adjoint is never read
    needB.push(b && live.has(b) ? 1 : 0);
    slot.set(n, -1 - (code.length - 1)); // instruction results are numbered once the constant slots are known
  }
  const base = init.length;
  const fix = (k: number) => (k < 0 ? base + (-1 - k) : k);
  const rootConstant = !live.has(node);
  const rootValue = rootConstant ? constants.get(node)! : 0;
  const rootSlot = rootConstant ? 0 : fix(slot.get(node)!);
  const tape: Tape = {
    base,
    nv,
    root: rootSlot,
    ops: Int32Array.from(code),
    a: Int32Array.from(argA, fix),
    b: Int32Array.from(argB, fix),
    needA: Uint8Array.from(needA),
    needB: Uint8Array.from(needB),
  };
  const size = base + code.length;
  // A folded constant outside its domain (log(-1) + x) leaves every point outside it.
  const constantBad = [...constants.values()].some((v) => !Number.isFinite(v));
  // Constant slots are written once here; each run overwrites only the variable and instruction slots.
  const vals = new Float64Array(size);
  vals.set(init);
  const adj = new Float64Array(size);

  function run(x: ArrayLike<number>): number {
    // Stryker disable next-line ConditionalExpression: the tape answers NaN for a constant outside its domain too
    if (constantBad) return NaN;
    if (rootConstant) return rootValue;
    for (let i = 0; i < nv; i++) vals[i] = x[i]!;
    return forwardTape(tape, vals) ? vals[rootSlot]! : NaN;
  }

  return {
    vars: [...vars],
    value: run,
    valueAndGrad(x, gradOut) {
      if (constantBad || rootConstant) {
        gradOut.fill(constantBad ? NaN : 0, 0, nv);
        return constantBad ? NaN : rootValue;
      }
      return valueAndGradTape(tape, x, vals, adj, gradOut);
    },
    explain(x) {
      const at: Record<string, number> = {};
      vars.forEach((name, i) => setKey(at, name, x[i]!));
      try {
        valueAndGrad(node, at, opts);
        return null;
      } catch (e) {
        // Stryker disable next-line ConditionalExpression: the interpreter throws nothing else
        if (e instanceof DescentError) return e;
        throw e;
      }
    },
  };
}
