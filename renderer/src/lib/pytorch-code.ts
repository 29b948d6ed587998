// The equivalent PyTorch program for the current function and settings, in the tutorial's style. It is
// generated from the parsed expression (never from the typed text) by core/expr/print-python.ts, so what runs in Python
// is what we run.
import type { Node } from "../../../core/index.ts";
import { pythonName, pythonNumber, toTorch } from "../../../core/index.ts";
import type { OptimizerName, OptimizerParams, RunSettings } from "./model.ts";

/** forgetZeroGrad: the program leaves out its zeroing lines, so .grad accumulates. */
export interface CodeSettings extends RunSettings {
  node: Node;
  vars: readonly string[];
  /** The program's two comments, in the UI's language (Python reads UTF-8 source). */
  comments?: { precision: string; stop: string };
}

/** Where a line sits in the loop, so the UI can highlight the line of the current animation step. */
export type LineRole = "plain" | "start" | "update" | "result" | "forward" | "backward";
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
  add(`cost = ${expr}`, "forward");
  add(`for k in range(${s.maxIter}):`);
  const zero = !s.forgetZeroGrad;
  if (!handWritten && zero) add("    optimizer.zero_grad()");
  add("    cost.backward()", "backward");
  if (handWritten) {
    for (const n of names) add(`    ${n}.data.sub_(alpha * ${n}.grad)`, "update");
    if (zero) for (const n of names) add(`    ${n}.grad.data.zero_()`);
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
