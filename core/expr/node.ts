// Expression nodes: immutable and interned, so structural equality is object identity (===)
// and an expression is a DAG. Every node is built through the constructors below.
//
// Shapes (the contract every core module relies on):
//   num    a finite number (never NaN/±Infinity; -0 is stored as 0)
//   sym    a variable: x, y, theta, w_1
//   const  pi or e
//   apply  an operation on argument nodes:
//            add sub mul div pow   binary, args [left, right]
//            neg and functions     unary,  args [arg]
// Binary operations stay binary (the graph the UI draws is the one the student typed); the simplifier
// works on its own canonical forms and emits binary nodes again.

import { postOrder } from "./post-order.ts";

export const FUNCTIONS = [
  "sin",
  "cos",
  "tan",
  "sec",
  "csc",
  "cot",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "tanh",
  "exp",
  "log",
  "sqrt",
  "abs",
  "sign",
  "sigmoid",
  "relu",
  // Added after the first 19 so their opcodes (tape.ts) stay where they were.
  "cbrt",
  "log10",
  "log2",
  "exp2",
  "asinh",
  "acosh",
  "atanh",
  "sech",
  "csch",
  "coth",
  "asec",
  "acsc",
  "acot",
  "softplus",
] as const;
export type FnName = (typeof FUNCTIONS)[number];
export type BinaryOp = "add" | "sub" | "mul" | "div" | "pow";
export type Op = BinaryOp | "neg" | FnName;
export type ConstName = "pi" | "e";

interface Base {
  /** Unique per distinct node; children always have smaller ids than their parents. */
  readonly id: number;
}
export interface Num extends Base {
  readonly kind: "num";
  readonly value: number;
}
export interface Sym extends Base {
  readonly kind: "sym";
  readonly name: string;
}
export interface Const extends Base {
  readonly kind: "const";
  readonly name: ConstName;
}
export interface Apply extends Base {
  readonly kind: "apply";
  readonly op: Op;
  readonly args: readonly Node[];
}
export type Node = Num | Sym | Const | Apply;

// Keys are built from ids, never from printed text (math.js's toString-as-identity is what we avoid).
// Weakly held: a node lives while something refers to it, so a long classroom session that re-parses on every
// keystroke does not grow the table forever. Identity is unaffected: two live equal nodes are always one object.
const table = new Map<string, WeakRef<Node>>();
const collected = new FinalizationRegistry<string>((key) => {
  if (table.get(key)?.deref() === undefined) table.delete(key);
});
let nextId = 1;

function intern<T extends Node>(key: string, make: (id: number) => T): T {
  const found = table.get(key)?.deref();
  if (found) return found as T;
  const node = make(nextId++);
  Object.freeze(node);
  table.set(key, new WeakRef(node));
  collected.register(node, key);
  return node;
}

/** Live entries of the intern table (for tests of the weak table). */
export const internedCount = (): number => table.size;

export function num(value: number): Num {
  if (!Number.isFinite(value)) throw new RangeError(`num(${value}): nodes hold finite numbers only`);
  const v = value === 0 ? 0 : value; // -0 → 0
  return intern(`n${v}`, (id) => ({ kind: "num", value: v, id }));
}

export function sym(name: string): Sym {
  return intern(`s${name}`, (id) => ({ kind: "sym", name, id }));
}

export function constant(name: ConstName): Const {
  return intern(`c${name}`, (id) => ({ kind: "const", name, id }));
}

// The work budget's meter (budget.ts): told of every operation node asked for and every node a walk visits, so a
// request that would build or walk millions of them stops with a clear error instead of hanging or running the
// machine out of memory. Null: nothing metered.
let meter: ((nodes: number) => void) | null = null;
/** Installs a meter (or null) and returns the one it replaces. Only budget.ts calls this. */
export function setMeter(m: ((nodes: number) => void) | null): ((nodes: number) => void) | null {
  const old = meter;
  meter = m;
  return old;
}

/** Counts `count` nodes of work against the budget, for a walk that reuses an order it has already counted once. */
export function metered(count: number): void {
  if (meter) meter(count);
}

export function apply(op: Op, args: readonly Node[]): Apply {
  if (meter) meter(1);
  const key = `a${op}:${args.map((a) => a.id).join(",")}`;
  return intern(key, (id) => ({ kind: "apply", op, args: Object.freeze([...args]), id }));
}

export const add = (a: Node, b: Node) => apply("add", [a, b]);
export const sub = (a: Node, b: Node) => apply("sub", [a, b]);
export const mul = (a: Node, b: Node) => apply("mul", [a, b]);
export const div = (a: Node, b: Node) => apply("div", [a, b]);
export const pow = (a: Node, b: Node) => apply("pow", [a, b]);
export const neg = (a: Node) => apply("neg", [a]);
export const fn = (name: FnName, a: Node) => apply(name, [a]);

export const isNum = (n: Node, value?: number): n is Num =>
  n.kind === "num" && (value === undefined || n.value === value);

const NO_ARGS: readonly Node[] = [];

/** Nodes of the DAG reachable from `root`, children before parents, each once. Iterative: deep inputs must not overflow the stack. */
export function topoOrder(root: Node): Node[] {
  const out = postOrder<Node>(root, (n) => (n.kind === "apply" ? n.args : NO_ARGS));
  if (meter) meter(out.length); // the graph is already bounded by the nodes built, so the walk is counted after
  return out;
}

/** Variables of an expression in display order: x, y, z first, then the rest alphabetically. */
export function variables(root: Node): string[] {
  const names = new Set<string>();
  for (const n of topoOrder(root)) if (n.kind === "sym") names.add(n.name);
  const rank = (s: string) => ({ x: 0, y: 1, z: 2 })[s] ?? 3;
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Exhaustiveness helper: a new union member becomes a compile error in every switch. */
export function missingCase(x: never): never {
  throw new Error(`missing case: ${JSON.stringify(x)}`);
}

/**
 * Bottom-up over the DAG: `f` sees each node once, with its children's results through `get`. No recursion, so
 * a deep left-leaning sum does not grow the stack. Printers and counters are folds.
 */
export function foldDag<T>(root: Node, f: (n: Node, get: (a: Node) => T) => T): T {
  const memo = new Map<Node, T>();
  const get = (a: Node) => memo.get(a)!;
  for (const n of topoOrder(root)) memo.set(n, f(n, get));
  return memo.get(root)!;
}

/** Number of operations (apply nodes) in the expression as printed, i.e. counted as a tree, shared subtrees counted each time they appear. Memoised on the DAG. */
export function countOps(root: Node): number {
  return foldDag<number>(root, (n, get) =>
    n.kind === "apply" ? n.args.reduce((sum, a) => sum + get(a), 1) : 0,
  );
}
