// The `descent` command. Each command is one entry of `commands`; exit codes: 0 success, 1 a bad expression
// or a point outside the domain (the message with a caret under the span), 2 a usage error (with usage text).

import { once } from "node:events";
import { createInterface, type Interface } from "node:readline";
import { Budget, withBudget } from "../core/index.ts";
import { DescentError } from "../core/index.ts";
import { MAX_ITER_LIMIT } from "../core/index.ts";
import { withoutMessages } from "../core/index.ts";
import { FUNCTIONS, variables } from "../core/index.ts";
import { FUNCTION_NAMES } from "../core/index.ts";
import { tryParse } from "../core/index.ts";
import { type FlagSpec, UsageError, parseArgs, parsePoint } from "./args.ts";
import { diff, evaluateRequest, runBatch } from "./batch.ts";
import {
  COMPARE_FLAGS,
  MINIMIZE_FLAGS,
  compareRequest,
  minimizeRequest,
  readableCompare,
  readableMinimize,
  requestFromFlags,
} from "./minimize.ts";

export interface Io {
  /** May return a promise: then the caller waits (the reader is slower than us; memory stays bounded). */
  out: (s: string) => void | Promise<void>;
  err: (s: string) => void;
  lines: () => AsyncIterable<string>;
}

export const USAGE = `Usage:
  descent diff EXPR [--json]                   derivatives in textbook form
  descent eval EXPR --at x=10[,y=2] [--json]   value and gradient (reverse mode)
  descent minimize EXPR --method closed-form|calculus|gd [--x0 x=10] [--lr 0.02]
                  [--optimizer sgd|rmsprop|adagrad|adam] [--momentum 0.9] [--tol 1e-3] [--max-iter 1000] [--json]
                  (--max-iter / "maxIter" is at most ${MAX_ITER_LIMIT})
  descent compare EXPR [gd options as above] [--json]   all three methods side by side
  descent batch                                JSON Lines on stdin, one JSON line out per request:
      {"op":"diff","expr":"x^2 - 4x"}
      {"op":"eval","expr":"x^2 - 4x","at":{"x":10}}
      {"op":"minimize","expr":"x^2 - 4x","method":"gd","x0":{"x":10},"optimizer":{"name":"sgd","lr":0.02},"tol":0.001,"maxIter":1000}
      {"op":"compare","expr":"x^2 - 4x"}
      {"op":"train","layers":[2,8,3],"activation":"tanh","weights":[W1,b1,W2,b2],"data":{"x":[[0.5,1],…],"y":[2,…]},
       "loss":"cross-entropy","optimizer":{"name":"sgd","lr":0.1,"momentum":0.9},"batchSize":10,"epochs":3,"shuffle":false}
        → {"ok":true,"losses":[one per optimizer step],"accuracy":…,"weights":[final, PyTorch's layout]}
          a run whose loss stops being a number (too large an lr) adds "diverged":{"step":k}, its first such step
  descent --help

Expressions: 2x^2 - 4x + 1, sin(x)*exp(-x^2/10), (1 - x)^2 + 100(y - x^2)^2, sigmoid(w_1 x + b), f(x) = x² - 4x
  + - * / ^ (or **), implicit products (2x, 3(x + 1), xy = x·y; write x_y for one variable), sin x, sin^2 x,
  pi (π), e, Greek letters (theta or θ), √x, log_2(x), log(x, b), root(x, n), pow(a, b), and the functions
${functionList()}.
`;

/** The operation table's functions, another spelling beside its function (log (= ln)), in lines of at most 100. */
export function functionList(width = 100): string {
  const others = new Map<string, string[]>();
  for (const [name, f] of FUNCTION_NAMES) if (name !== f) others.set(f, [...(others.get(f) ?? []), name]);
  const words = FUNCTIONS.map((f) => (others.has(f) ? `${f} (= ${others.get(f)!.join(", ")})` : f));
  const lines = [""];
  for (const w of words) {
    const line = lines[lines.length - 1]!;
    if (line && 2 + line.length + 1 + w.length > width) lines.push(w);
    else lines[lines.length - 1] = line ? `${line} ${w}` : w;
  }
  return lines.map((l) => `  ${l}`).join("\n");
}

/** Where the error is: the expression, and a caret line under the span. */
export function caret(text: string, e: DescentError): string {
  const [start, end] = e.span;
  if (text.includes("\n") || text.length > 200) return `error: ${e.message} (at ${start}–${end})\n`;
  const marks = "^".repeat(Math.max(1, end - start));
  return `error: ${e.message}\n  ${text}\n  ${" ".repeat(start)}${marks}\n`;
}

interface Command {
  flags: FlagSpec;
  run: (positionals: string[], flags: Map<string, unknown>, io: Io) => Promise<number> | number;
}

const fmt = (v: number) => String(v);

function oneExpression(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError("give exactly one expression (in quotes)");
  return positionals[0]!;
}

/** minimize and compare (minimize.ts): one expression and its flags make a request, answered as JSON or text. */
function flagsCommand(
  spec: FlagSpec,
  compute: (req: ReturnType<typeof requestFromFlags>) => Record<string, unknown>,
  readable: (r: Record<string, unknown>) => string,
): Command {
  return {
    flags: spec,
    run(positionals, flags, io) {
      const expr = oneExpression(positionals);
      const req = requestFromFlags(expr, flags, parsePoint, (m) => {
        throw new UsageError(m);
      });
      return answer(expr, flags.has("json"), io, () => compute(req), readable);
    },
  };
}

/** Runs a request handler: prints its result readably or as JSON; a DescentError is exit 1. */
function answer(
  expr: string,
  json: boolean,
  io: Io,
  compute: () => Record<string, unknown>,
  readable: (r: Record<string, unknown>) => string,
): number {
  try {
    const r = withBudget(new Budget([0, expr.length]), compute);
    io.out(json ? JSON.stringify({ ok: true, ...r }, withoutMessages) + "\n" : readable(r));
    return 0;
  } catch (e) {
    if (!(e instanceof DescentError)) throw e;
    if (json) io.out(JSON.stringify({ ok: false, error: e.toJSON() }) + "\n");
    else io.err(caret(expr, e));
    return 1;
  }
}

export const commands: Record<string, Command> = {
  diff: {
    flags: { json: "boolean" },
    run(positionals, flags, io) {
      const expr = oneExpression(positionals);
      return answer(
        expr,
        flags.has("json"),
        io,
        () => diff({ expr }),
        (r) => {
          const vars = r["vars"] as string[];
          const ds = r["derivatives"] as Record<string, { text: string }>;
          const read = r["read"] as {
            text: string;
            name?: string;
            params?: string[];
            notes: { message: string }[];
          };
          // How the input was read: the expression as the parser understood it, then why, for each inferred product.
          const notes = read.notes.map((n) => `  (${n.message})\n`).join("");
          if (vars.length === 0) return notes + "The expression has no variables: its derivative is 0.\n";
          const f = read.name ?? "f";
          const head =
            read.name !== undefined && !read.params ? f : `${f}(${(read.params ?? vars).join(", ")})`;
          const d = vars.length === 1 ? (v: string) => `d${f}/d${v}` : (v: string) => `∂${f}/∂${v}`;
          return `${head} = ${read.text}\n` + notes + vars.map((v) => `${d(v)} = ${ds[v]!.text}\n`).join("");
        },
      );
    },
  },
  eval: {
    flags: { json: "boolean", at: "list" },
    run(positionals, flags, io) {
      const expr = oneExpression(positionals);
      const at = parsePoint((flags.get("at") as string[] | undefined) ?? []);
      // A missing coordinate is a usage error (exit 2); a bad expression still gets its caret (exit 1).
      const parsed = tryParse(expr);
      if (parsed.ok) {
        const missing = variables(parsed.value).filter((v) => !Object.hasOwn(at, v));
        if (missing.length > 0)
          throw new UsageError(
            `no value for ${missing.join(", ")}: add --at ${missing.map((v) => `${v}=…`).join(",")}`,
          );
      }
      return answer(
        expr,
        flags.has("json"),
        io,
        () => evaluateRequest({ expr, at }),
        (r) => {
          const grad = r["grad"] as Record<string, number>;
          const vars = Object.keys(grad);
          const point =
            vars.length === 1 ? fmt(at[vars[0]!]!) : vars.map((v) => `${v}=${fmt(at[v]!)}`).join(", ");
          const d = vars.length === 1 ? (v: string) => `df/d${v}` : (v: string) => `∂f/∂${v}`;
          return (
            `f(${point}) = ${fmt(r["value"] as number)}\n` +
            vars.map((v) => `${d(v)} = ${fmt(grad[v]!)}\n`).join("")
          );
        },
      );
    },
  },
  batch: {
    flags: {},
    async run(positionals, _flags, io) {
      if (positionals.length > 0)
        throw new UsageError("batch reads its requests from stdin and takes no arguments");
      await runBatch(io.lines(), io.out);
      return 0;
    },
  },
  minimize: flagsCommand(MINIMIZE_FLAGS, minimizeRequest, readableMinimize),
  compare: flagsCommand(COMPARE_FLAGS, compareRequest, readableCompare),
};

export async function main(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError("no command given");
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError(`unknown command '${name}'`);
    if (rest.includes("--help")) {
      io.out(USAGE);
      return 0;
    }
    const { positionals, flags } = parseArgs(rest, command.flags);
    return await command.run(positionals, flags, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`descent: ${e.message}\n\n${USAGE}`);
    return 2;
  }
}

function nodeIo(): Io {
  let reader: Interface | null = null;
  let closed = false;
  // `descent batch < many.jsonl | head -1`: the reader has gone. Stop reading and end quietly (exit 0, no stack
  // trace), as the classic Unix tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
    reader?.close();
    process.stdin.destroy();
  });
  return {
    out: (s) => {
      if (closed) return;
      // Backpressure: wait for the pipe to drain rather than buffer every answer of a long batch in memory.
      // (`once` rejects when the pipe breaks while we wait; the error handler above has already ended the batch.)
      if (!process.stdout.write(s))
        return once(process.stdout, "drain").then(
          () => undefined,
          () => undefined,
        );
    },
    err: (s) => void process.stderr.write(s),
    lines: () => (reader = createInterface({ input: process.stdin, crlfDelay: Infinity })),
  };
}
