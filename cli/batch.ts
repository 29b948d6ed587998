// `descent batch`: JSON Lines in, exactly one JSON line out per request, in order. Requests are dispatched
// through the `ops` table; every failure (bad JSON, unknown op, bad expression, domain) is an ok:false line.

import { valueAndGrad } from "../core/index.ts";
import { derivative } from "../core/index.ts";
import { Budget, withBudget } from "../core/index.ts";
import { DescentError } from "../core/index.ts";
import { say, withoutMessages } from "../core/index.ts";
import { variables } from "../core/index.ts";
import { parseWithSpans, read } from "../core/index.ts";
import { toLatex } from "../core/index.ts";
import { toText } from "../core/index.ts";
import { trainRequest } from "../core/index.ts";
import { compareRequest, minimizeRequest } from "./minimize.ts";

export type Request = Readonly<Record<string, unknown>>;
/** Answers one request (the fields after "ok": true) or throws a DescentError. */
export type Handler = (req: Request) => Record<string, unknown>;

const setKey = (o: Record<string, unknown>, k: string, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

export function field<T>(req: Request, name: string, check: (v: unknown) => v is T, what: string): T {
  const v = Object.hasOwn(req, name) ? req[name] : undefined;
  if (!check(v)) throw new DescentError("invalid_option", `"${name}" must be ${what}`);
  return v;
}
const isString = (v: unknown): v is string => typeof v === "string";
const isPoint = (v: unknown): v is Record<string, number> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === "number");
const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * {"op":"diff","expr":"x^2 - 4x"} → how the input was read (the expression as text, the function's name from
 * `f(x) =` or `y =`, and a note for every inferred product such as xy = x·y), vars and, for each, the simplified
 * derivative as text and LaTeX.
 */
export function diff(req: Request) {
  const r = read(field(req, "expr", isString, "an expression (a string)"));
  const node = r.node;
  const reading = {
    text: toText(node),
    ...(r.name !== undefined ? { name: r.name } : {}),
    ...(r.params ? { params: r.params } : {}),
    notes: r.notes.map((n) => ({ span: [n.span[0], n.span[1]], message: say(n.msg) })),
  };
  const all = variables(node);
  const vars = Object.hasOwn(req, "vars") ? field(req, "vars", isNames, "a list of variable names") : all;
  const derivatives: Record<string, unknown> = {};
  for (const v of vars) {
    const d = derivative(node, v);
    setKey(derivatives, v, { text: toText(d), latex: toLatex(d) });
  }
  return { read: reading, vars, derivatives };
}

/** {"op":"eval","expr":"x^2 - 4x","at":{"x":10}} → value and gradient by reverse mode. */
export function evaluateRequest(req: Request) {
  const { node, spans } = parseWithSpans(field(req, "expr", isString, "an expression (a string)"));
  const at = Object.hasOwn(req, "at") ? field(req, "at", isPoint, 'a point such as {"x": 10}') : {};
  const { value, grad } = valueAndGrad(node, at, { spans });
  return { value, grad };
}

export const ops: Record<string, Handler> = {
  diff,
  eval: evaluateRequest,
  // The three methods, and all three side by side (minimize.ts).
  minimize: minimizeRequest,
  compare: compareRequest,
  // Train a small network, number for number as PyTorch (core/nn/request.ts).
  train: (req) => ({ ...trainRequest(req) }),
};

function failure(e: DescentError) {
  return { ok: false, error: e.toJSON() };
}

/** One input line → one output line (without the newline). Never throws. */
export function handleLine(line: string): string {
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch {
    return JSON.stringify(failure(new DescentError("invalid_option", "This line is not valid JSON")));
  }
  try {
    if (typeof req !== "object" || req === null || Array.isArray(req))
      throw new DescentError(
        "invalid_option",
        'A request must be a JSON object such as {"op":"diff","expr":"x^2"}',
      );
    const op = (req as Request)["op"];
    if (typeof op !== "string" || !Object.hasOwn(ops, op))
      throw new DescentError(
        "invalid_option",
        `Unknown op ${JSON.stringify(op ?? null)}; known ops: ${Object.keys(ops).join(", ")}`,
      );
    // One work budget per request: a request too big to answer quickly is a too_complex line, and the next
    // line is still read.
    const expr = (req as Request)["expr"];
    const budget = new Budget([0, typeof expr === "string" ? expr.length : 0]);
    const answer = withBudget(budget, () => ops[op]!(req as Request));
    return JSON.stringify({ ok: true, ...answer }, withoutMessages);
  } catch (e) {
    if (e instanceof DescentError) return JSON.stringify(failure(e));
    // A bug, not the user's fault: still one line per request, and the details on stderr for a report.
    const message = e instanceof Error ? e.message : String(e);
    return JSON.stringify({
      ok: false,
      error: { code: "internal", message: `Internal error: ${message}`, span: [0, 0] },
    });
  }
}

/** Reads lines (blank ones are skipped, not answered) and writes one JSON line per request, in order. */
export async function runBatch(
  lines: AsyncIterable<string>,
  write: (s: string) => void | Promise<void>,
): Promise<void> {
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    await write(handleLine(line) + "\n");
  }
}
