// `descent minimize` / `descent compare` and the batch ops of the same names. The answers are the
// core's result objects as JSON: for gd {status, argmin, min, iterations, trajectory, steps, …}; for closed-form
// and calculus {status, argmin?, min?, steps, …} (calculus adds `critical` and `derivatives`).

import { calculus, type CalculusResult } from "../core/index.ts";
import { closedForm, type ClosedFormResult } from "../core/index.ts";
import { compare, defaultStart, type Comparison } from "../core/index.ts";
import { DEFAULT_MAX_ITER, DEFAULT_TOL, runDescent, type DescentRun } from "../core/index.ts";
import { checkMaxIter } from "../core/index.ts";
import { DescentError } from "../core/index.ts";
import { fmt, setNText, setText } from "../core/index.ts";
import { variables, type Node } from "../core/index.ts";
import type { OptimizerConfig } from "../core/index.ts";
import { parseWithSpans } from "../core/index.ts";
import { printSteps, type PrintedStep } from "../core/index.ts";

type Request = Readonly<Record<string, unknown>>;

export const METHODS = ["closed-form", "calculus", "gd"] as const;
export type Method = (typeof METHODS)[number];

/** The tutorial's optimizer: plain gradient descent, lr 0.02. */
const TUTORIAL_SGD: OptimizerConfig = { name: "sgd", lr: 0.02 };

function get(req: Request, name: string): unknown {
  return Object.hasOwn(req, name) ? req[name] : undefined;
}
function invalid(message: string): never {
  throw new DescentError("invalid_option", message);
}
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function expression(req: Request): Node {
  const expr = get(req, "expr");
  if (typeof expr !== "string") invalid('"expr" must be an expression (a string)');
  return parseWithSpans(expr).node;
}

interface GdSettings {
  x0: Record<string, number>;
  optimizer: OptimizerConfig;
  tol: number;
  maxIter: number;
}

/** x0 / optimizer / tol / maxIter from a request; the tutorial's values where missing. */
function gdSettings(req: Request, node: Node): GdSettings {
  const x0 = get(req, "x0") ?? defaultStart(variables(node), node);
  if (!isObject(x0)) invalid('"x0" must be a point such as {"x": 10}');
  const optimizer = get(req, "optimizer") ?? TUTORIAL_SGD;
  if (!isObject(optimizer) || typeof optimizer["name"] !== "string")
    invalid('"optimizer" must be an object such as {"name":"sgd","lr":0.02}');
  const tol = get(req, "tol") ?? DEFAULT_TOL;
  const key =
    get(req, "maxIter") !== undefined || get(req, "max_iter") === undefined ? "maxIter" : "max_iter";
  const maxIter = get(req, key) ?? DEFAULT_MAX_ITER;
  if (typeof tol !== "number" || !(tol >= 0)) invalid('"tol" must be a number ≥ 0');
  checkMaxIter(maxIter, key);
  return {
    x0: x0 as Record<string, number>,
    optimizer: optimizer as unknown as OptimizerConfig,
    tol,
    maxIter,
  };
}

/** The run as JSON: the published fields first (status, argmin, min, iterations, trajectory, steps). */
export function descentJson(run: DescentRun): Record<string, unknown> {
  return {
    status: run.status,
    argmin: run.argmin,
    min: run.min,
    iterations: run.iterations,
    trajectory: run.trajectory,
    steps: run.steps,
    vars: run.vars,
    reason: run.reason,
    message: run.message,
    flat: run.flat,
    ...(run.error ? { error: run.error } : {}),
  };
}

function methodOf(req: Request): Method {
  const m = get(req, "method") ?? "gd";
  if (typeof m !== "string" || !(METHODS as readonly string[]).includes(m))
    invalid(`"method" must be one of ${METHODS.join(", ")}`);
  return m as Method;
}

/** {"op":"minimize","expr":…,"method":"closed-form"|"calculus"|"gd", …gd settings} */
export function minimizeRequest(req: Request): Record<string, unknown> {
  const method = methodOf(req);
  const node = expression(req);
  if (method === "closed-form") return { ...printed(closedForm(node)) };
  if (method === "calculus") return { ...printed(calculus(node)) };
  return { method, ...descentJson(runDescent(node, gdSettings(req, node))) };
}

/** {"op":"compare","expr":…, optional gd settings} → the three answers, agreement and GD's error. */
export function compareRequest(req: Request): Record<string, unknown> {
  const node = expression(req);
  const c = compare(node, gdSettings(req, node));
  const { closedForm: cf, calculus: calc, gd, ...rest } = c;
  return { ...rest, closedForm: printed(cf), calculus: printed(calc), gd: descentJson(gd) };
}

/** A method's result with its steps printed in English, in the place the steps have always had. */
const printed = <R extends ClosedFormResult | CalculusResult>(r: R) => ({ ...r, steps: printSteps(r.steps) });

// ---- readable output for the terminal ----

const point = (p: Record<string, number>) =>
  Object.entries(p)
    .map(([v, x]) => `${v} = ${fmt(x)}`)
    .join(", ");

export function readableMinimize(r: Record<string, unknown>): string {
  const method = r["method"] as Method;
  if (method === "gd") {
    const lines = [
      `Gradient descent: ${r["status"]} after ${r["iterations"]} updates`,
      `  argmin  ${point(r["argmin"] as Record<string, number>)}`,
      `  min     f = ${fmt(r["min"] as number)}`,
      `  ${r["message"]}`,
    ];
    return lines.join("\n") + "\n";
  }
  const res = r as unknown as (ClosedFormResult | CalculusResult) & { steps: PrintedStep[] };
  const lines = [`${method === "closed-form" ? "Closed form (completing the square)" : "Calculus"}:`];
  for (const s of res.steps) lines.push(`  ${s.text}${s.note ? `    [${s.note}]` : ""}`);
  if (res.method === "calculus" && res.critical.length > 0) {
    lines.push("Critical points:");
    for (const c of res.critical.slice(0, 20))
      lines.push(
        `  ${c.exact && res.vars.length === 1 ? `${res.vars[0]} = ${c.exact.text}` : (c.exact?.text ?? point(c.x))}: f = ${c.fExact?.text ?? fmt(c.f)}, ${c.nature} (${c.reason})`,
      );
    if (res.critical.length > 20) lines.push(`  … ${res.critical.length - 20} more`);
  }
  const onSet = res.method === "calculus" && res.argminSet ? res.argminSet : null;
  const named = res.method === "calculus" && res.minimumSet ? res.minimumSet : null;
  const where = named
    ? (setNText(named)?.text ?? "every point")
    : onSet
      ? Object.entries(onSet)
          .map(([v, s]) => `${v} ∈ ${setText(s).text}`)
          .join(", ")
      : res.argmin && point(res.argmin);
  lines.push(`Answer: ${res.status}${res.argmin ? ` — min f = ${fmt(res.min!)} at ${where}` : ""}`);
  lines.push(`  ${res.reason}`);
  return lines.join("\n") + "\n";
}

export function readableCompare(r: Record<string, unknown>): string {
  const c = r as unknown as Omit<Comparison, "gd"> & { gd: Record<string, unknown> };
  const lines = ["Method        Status        Answer"];
  for (const row of c.rows)
    lines.push(`${row.method.padEnd(14)}${String(row.status).padEnd(14)}${row.summary}`);
  lines.push("", c.verdict);
  if (c.gdError) lines.push(`|x_gd − x*| = ${fmt(c.gdError.x)}, |f_gd − f*| = ${fmt(c.gdError.f)}`);
  lines.push(`Agree: ${c.agree ? "yes" : "no"} (tolerance: ${c.tolerance.words})`);
  return lines.join("\n") + "\n";
}

// ---- command-line flags → a request ----

/** `--method`, `--x0 x=10`, `--lr`, `--optimizer`, `--momentum`, `--tol`, `--max-iter` → request fields. */
export function requestFromFlags(
  expr: string,
  flags: Map<string, unknown>,
  point: (words: string[]) => Record<string, number>,
  usage: (message: string) => never,
): Record<string, unknown> {
  const num = (name: string): number | undefined => {
    const v = flags.get(name);
    if (v === undefined) return undefined;
    const x = Number(v);
    if (typeof v !== "string" || v.trim() === "" || !Number.isFinite(x))
      usage(`--${name} needs a number (got '${String(v)}')`);
    return x;
  };
  const req: Record<string, unknown> = { expr };
  if (flags.has("method")) req["method"] = flags.get("method");
  if (flags.has("x0")) req["x0"] = point(flags.get("x0") as string[]);
  const name = (flags.get("optimizer") as string | undefined) ?? "sgd";
  const lr = num("lr");
  const momentum = num("momentum");
  const optimizer: Record<string, unknown> = { name };
  if (lr !== undefined) optimizer["lr"] = lr;
  else if (name === "sgd") optimizer["lr"] = 0.02;
  if (momentum !== undefined) optimizer["momentum"] = momentum;
  req["optimizer"] = optimizer;
  const tol = num("tol");
  if (tol !== undefined) req["tol"] = tol;
  const maxIter = num("max-iter");
  if (maxIter !== undefined) req["maxIter"] = maxIter;
  return req;
}

export const MINIMIZE_FLAGS = {
  json: "boolean",
  method: "string",
  x0: "list",
  lr: "string",
  optimizer: "string",
  momentum: "string",
  tol: "string",
  "max-iter": "string",
} as const;
export const COMPARE_FLAGS = (({ method: _, ...rest }) => rest)(MINIMIZE_FLAGS);
