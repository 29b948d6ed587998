// The equivalent PyTorch program for the current function and settings, in the tutorial's style. It is
// generated from the parsed expression (never from the typed text), so what runs in Python is what we run.
import type { Node } from "../../../core/node.ts";
import type { OptimizerName, OptimizerParams } from "./model.ts";

// Python binding strength, loosest first. Python's unary minus binds looser than ** (-x**2 is -(x**2)).
const enum Prec {
  Add = 1,
  Mul = 2,
  Neg = 3,
  Pow = 4,
  Atom = 5,
}

const TORCH_FN: Record<string, string> = {
  sin: "torch.sin",
  cos: "torch.cos",
  tan: "torch.tan",
  asin: "torch.asin",
  acos: "torch.acos",
  atan: "torch.atan",
  sinh: "torch.sinh",
  cosh: "torch.cosh",
  tanh: "torch.tanh",
  exp: "torch.exp",
  log: "torch.log",
  sqrt: "torch.sqrt",
  abs: "torch.abs",
  sign: "torch.sign",
  sigmoid: "torch.sigmoid",
  relu: "torch.relu",
};
// sec, csc and cot have no torch function: 1 over the reciprocal one.
const RECIPROCAL: Record<string, string> = { sec: "torch.cos", csc: "torch.sin", cot: "torch.tan" };

// Names the generated program uses itself, plus Python's keywords: a variable called like one is renamed.
const TAKEN = new Set([
  "torch", "math", "alpha", "tol", "cost", "new_cost", "loss", "new_loss", "optimizer", "k", "print", "range", "abs",
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]); // prettier-ignore

/** The Python name for one of our variables. */
export function pythonName(v: string): string {
  return TAKEN.has(v) ? `${v}_` : v;
}

/** A number literal Python reads back to the same double. */
export function pythonNumber(x: number): string {
  // JavaScript's shortest round-trip form is valid Python: 4, 0.02, 1e-7, 1.5e+21. Integers stay Python ints,
  // which torch promotes to the tensor's float64 exactly.
  return Object.is(x, -0) ? "0" : String(x);
}

/** Our expression as a Python/torch expression over tensors named after the variables. */
export function toTorch(node: Node): string {
  return print(node)[0];
}

function print(n: Node): [string, Prec] {
  switch (n.kind) {
    case "num":
      return n.value < 0 ? [pythonNumber(n.value), Prec.Neg] : [pythonNumber(n.value), Prec.Atom];
    case "sym":
      return [pythonName(n.name), Prec.Atom];
    case "const":
      return [n.name === "pi" ? "math.pi" : "math.e", Prec.Atom];
    case "apply":
      return printApply(n.op, n.args);
  }
}

function wrap([text, prec]: [string, Prec], needsParens: boolean): string {
  return needsParens ? `(${text})` : text;
}

function printApply(op: string, args: readonly Node[]): [string, Prec] {
  const a = args[0]!;
  const b = args[1];
  const pa = print(a);
  switch (op) {
    case "add":
    case "sub": {
      const pb = print(b!);
      // The right operand keeps its grouping: a - (b + c) and even a + (b + c), so floats add in our order.
      return [
        `${wrap(pa, pa[1] < Prec.Add)} ${op === "add" ? "+" : "-"} ${wrap(pb, pb[1] <= Prec.Add)}`,
        Prec.Add,
      ];
    }
    case "mul":
    case "div": {
      const pb = print(b!);
      return [
        `${wrap(pa, pa[1] < Prec.Mul)}${op === "mul" ? "*" : "/"}${wrap(pb, pb[1] <= Prec.Mul)}`,
        Prec.Mul,
      ];
    }
    case "pow": {
      // e^u is written torch.exp(u): the tutorial's spelling, and a tensor operation rather than float ** tensor.
      if (a.kind === "const" && a.name === "e") return [`torch.exp(${print(b!)[0]})`, Prec.Atom];
      const pb = print(b!);
      return [`${wrap(pa, pa[1] <= Prec.Pow)}**${wrap(pb, pb[1] < Prec.Atom)}`, Prec.Pow];
    }
    case "neg":
      return [`-${wrap(pa, pa[1] <= Prec.Neg)}`, Prec.Neg];
    default: {
      const direct = TORCH_FN[op];
      if (direct) return [`${direct}(${pa[0]})`, Prec.Atom];
      const recip = RECIPROCAL[op];
      if (recip) return [`1/${recip}(${pa[0]})`, Prec.Mul];
      throw new Error(`toTorch: no torch spelling for ${op}`);
    }
  }
}

export interface CodeSettings {
  node: Node;
  vars: readonly string[];
  x0: readonly number[];
  optimizer: OptimizerName;
  lr: number;
  params: OptimizerParams;
  tol: number;
  maxIter: number;
  /** The program's two comments, in the UI's language (Python reads UTF-8 source). */
  comments?: { precision: string; stop: string };
}

/** Where a line sits in the loop, so the UI can highlight the line of the current animation step. */
export type LineRole = "plain" | "start" | "update" | "result";
export interface CodeLine {
  text: string;
  role: LineRole;
}

/** torch.optim's constructor call for our optimizer choice, with only the arguments that differ from torch's defaults. */
export function optimizerCall(name: OptimizerName, lr: number, p: OptimizerParams, params: string): string {
  const args = [`[${params}]`, `lr=${pythonNumber(lr)}`];
  const opt = (key: string, value: number | boolean, dflt: number | boolean) => {
    if (value !== dflt)
      args.push(`${key}=${typeof value === "boolean" ? (value ? "True" : "False") : pythonNumber(value)}`);
  };
  switch (name) {
    case "sgd":
    case "momentum":
    case "nesterov": {
      opt("momentum", name === "sgd" ? 0 : p.momentum, 0);
      opt("dampening", name === "sgd" ? 0 : p.dampening, 0);
      opt("weight_decay", p.weight_decay, 0);
      if (name === "nesterov") args.push("nesterov=True");
      return `torch.optim.SGD(${args.join(", ")})`;
    }
    case "rmsprop":
      opt("alpha", p.alpha, 0.99);
      opt("eps", p.eps, 1e-8);
      opt("weight_decay", p.weight_decay, 0);
      opt("momentum", p.momentum, 0);
      opt("centered", p.centered, false);
      return `torch.optim.RMSprop(${args.join(", ")})`;
    case "adagrad":
      opt("lr_decay", p.lr_decay, 0);
      opt("weight_decay", p.weight_decay, 0);
      opt("eps", p.eps, 1e-10);
      return `torch.optim.Adagrad(${args.join(", ")})`;
    case "adam":
      if (p.beta1 !== 0.9 || p.beta2 !== 0.999)
        args.push(`betas=(${pythonNumber(p.beta1)}, ${pythonNumber(p.beta2)})`);
      opt("eps", p.eps, 1e-8);
      opt("weight_decay", p.weight_decay, 0);
      opt("amsgrad", p.amsgrad, false);
      return `torch.optim.Adam(${args.join(", ")})`;
  }
}

/** Plain SGD without extras is written out by hand, exactly as the tutorial does; anything else uses torch.optim. */
export function usesHandWrittenUpdate(name: OptimizerName, p: OptimizerParams): boolean {
  return name === "sgd" && p.weight_decay === 0;
}

export function pytorchProgram(s: CodeSettings): CodeLine[] {
  const names = s.vars.map(pythonName);
  const lines: CodeLine[] = [];
  const add = (text: string, role: LineRole = "plain") => lines.push({ text, role });
  const expr = toTorch(s.node);
  const usesMath = /\bmath\./.test(expr);
  add("import torch");
  if (usesMath) add("import math");
  add("");
  add(`# ${s.comments?.precision ?? "float64, the precision Descent Lab computes in"}`);
  s.vars.forEach((_, i) =>
    add(
      `${names[i]} = torch.tensor(${pythonNumber(s.x0[i] ?? 0)}, dtype=torch.float64, requires_grad=True)`,
      "start",
    ),
  );
  const tensors = names.join(", ");
  add(`tol = ${pythonNumber(s.tol)}`);
  const handWritten = usesHandWrittenUpdate(s.optimizer, s.params);
  if (handWritten) add(`alpha = ${pythonNumber(s.lr)}`);
  else add(`optimizer = ${optimizerCall(s.optimizer, s.lr, s.params, tensors)}`);
  add("");
  add(`cost = ${expr}`);
  add(`for k in range(${s.maxIter}):`);
  if (!handWritten) add("    optimizer.zero_grad()");
  add("    cost.backward()");
  if (handWritten) {
    for (const n of names) add(`    ${n}.data.sub_(alpha * ${n}.grad)`, "update");
    for (const n of names) add(`    ${n}.grad.data.zero_()`);
  } else {
    add("    optimizer.step()", "update");
  }
  add(`    new_cost = ${expr}`);
  add(`    # ${s.comments?.stop ?? "stop after the update where f changed by at most tol"}`);
  add("    if abs(new_cost.item() - cost.item()) <= tol:");
  add("        break");
  add("    cost = new_cost");
  add("");
  add(`print(${names.map((n) => `${n}.item()`).join(", ")}, new_cost.item())`, "result");
  return lines;
}
