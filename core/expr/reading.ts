// The reading policy (README, "How Descent Lab reads what you type"; the UI and `descent diff` show each reading):
// - Several letters that are not a known name are a product of one-letter variables: `xy` = x·y, `2xy`,
//   `sinx` = sin x, `pix` = pi·x (names.ts, splitWord). Known names stay whole: functions, `pi`, `e`, Greek
//   letters spelled out, and any name with an underscore (`w_1`, `x_y`, the way to write a longer variable).
//   Every such split is reported as a note, so nothing is read silently.
// - `sin x` takes the next factor as its argument, as on the board and in Desmos: `sin 2x` = sin(2x),
//   `sin x y` = sin(x·y), `sin x^2` = sin(x²), but `sin x cos x` = sin(x)·cos(x), `sin x + 1` = sin(x) + 1 and
//   `sin x / 2` = sin(x)/2; a bracket ends the argument (`sin x (x+1)` = sin(x)·(x + 1)). `sin^2 x` and
//   `sin^2(x)` are (sin x)²; `sin^-1` is refused (arcsin or 1/sin?).
// - A name followed by a bracket is a function or an error, never a product: `foo(x)`, `log10(x)` without a
//   log10 row → unknown function. Single letters, numbered, subscripted and Greek names multiply: `x(x+1)`.
// - Other spellings become the table's operations: arcsin → asin, log_b(x) and log(x, b) → log(x)/log(b) (or the
//   log10/log2 rows), root(x, n) and nthRoot(x, n) → sqrt, cbrt or x^(1/n), pow(a, b) → a^b.
// - A minus sign directly on a number literal makes a negative number: `-4` is num(-4), `-2x` is
//   num(-2)·x. `-(4)` stays neg(4) and `-2^2` is -(2^2), as on paper.
// - Two numbers side by side (`2 3`) are an error: that is almost always a missing operator.
// - Unicode as typed: − × · ÷ are - * * /; superscripts x² x⁻¹ x¹⁰ are powers; √ is sqrt; Greek letters (θ)
//   are their spelled-out names and π is pi.
//
// The grammar is parser.ts's, the words tokenize.ts's and names.ts's; this file holds the other spellings (taken
// whole when a word is read) and their desugaring into the table's operations when a call is read.

import type { DescentError, Span } from "./errors.ts";
import { type Node, constant, div, fn, num, pow, sym } from "./node.ts";
import { FUNCTION_NAMES, SPELLINGS } from "./ops.ts";
import { msg } from "../messages/index.ts";
import { fail } from "./parse-errors.ts";
import type { ReadNote, Token } from "./tokenize.ts";

/** Other spellings of the table's functions (each row's `spellings`), taken whole when reading a word
 *  (`arcsinx` = arcsin x). */
export const ALIASES: ReadonlyMap<string, string> = SPELLINGS;
/** Forms with two arguments, desugared as they are read; each needs its brackets. */
export const SEVERAL: ReadonlyMap<string, string> = new Map([
  ["root", "root(x, 3)"],
  ["nthRoot", "nthRoot(x, 3)"],
  ["pow", "pow(x, 2)"],
]);
export const LOG_BASE = /^log_(\d+|[A-Za-z])/;

/** What the reading needs from the parser: the text, the spans read so far, and where to put a note. */
export interface ReadingContext {
  readonly text: string;
  readonly spans: ReadonlyMap<Node, Span>;
  readonly notes: ReadNote[];
}

/** The call `name(args)` spanning `span` as the table's operation, desugaring the other spellings (ALIASES,
 *  SEVERAL, log bases). The parser records the result's span. */
export function callAsOp(t: Token, args: Node[], span: Span, ctx: ReadingContext): Node {
  const name = t.text;
  const arity = (want: 1 | 2, example?: string) => {
    if (args.length === want) return;
    if (want === 2)
      throw fail(
        "wrong_arity",
        msg("parse.arityTwo", { f: name, n: String(args.length), example: example! }),
        span,
      );
    throw fail(
      "wrong_arity",
      args.length === 0
        ? msg("parse.arityNone", { f: name })
        : msg("parse.arityMany", { f: name, n: String(args.length) }),
      span,
    );
  };
  const base = LOG_BASE.exec(name);
  if (base) {
    arity(1);
    const b = /^\d/.test(base[1]!) ? num(Number(base[1])) : base[1] === "e" ? constant("e") : sym(base[1]!);
    return logOf(args[0]!, b);
  }
  if (name === "pow") {
    arity(2, "pow(x, 2)");
    return pow(args[0]!, args[1]!);
  }
  if (name === "root" || name === "nthRoot") {
    if (args.length === 1) return fn("sqrt", args[0]!);
    arity(2, `${name}(x, 3)`);
    return rootOf(args[0]!, args[1]!, span, ctx);
  }
  const op = FUNCTION_NAMES.get(ALIASES.get(name) ?? name);
  if (!op) throw unknownFunction(t);
  if (op === "log" && args.length === 2) return logOf(args[0]!, args[1]!);
  arity(1);
  return fn(op, args[0]!);
}

/** log_b(x) = ln x / ln b, or the table's own row for the bases it has. */
function logOf(x: Node, b: Node): Node {
  if (b === constant("e")) return fn("log", x);
  const row = b.kind === "num" ? FUNCTION_NAMES.get(`log${b.value}`) : undefined;
  return row ? fn(row, x) : div(fn("log", x), fn("log", b));
}

/** The n-th root: sqrt and cbrt where the table has them, otherwise x^(1/n), defined for x ≥ 0 only. */
function rootOf(x: Node, n: Node, span: Span, ctx: ReadingContext): Node {
  if (n === num(2)) return fn("sqrt", x);
  const cbrt = n === num(3) ? FUNCTION_NAMES.get("cbrt") : undefined;
  if (cbrt) return fn(cbrt, x);
  const [a, b] = ctx.spans.get(n) ?? [0, 0];
  ctx.notes.push({
    span,
    msg: msg("read.root", { t: ctx.text.slice(span[0], span[1]), n: ctx.text.slice(a, b) }),
  });
  return pow(x, div(num(1), n));
}

/** A name read as a function that the table does not have: the nearest spelling it does, or the list. */
export function unknownFunction(t: Token): DescentError {
  const span: Span = [t.start, t.end];
  const log = /^log(\d+)$/.exec(t.text);
  if (log) return fail("unknown_function", msg("parse.unknownLog", { f: t.text, b: log[1]! }), span);
  const lower = t.text.toLowerCase();
  const known = [...FUNCTION_NAMES.keys()];
  const near = [lower, ALIASES.get(lower)].find((k) => k !== undefined && FUNCTION_NAMES.has(k));
  const m = near
    ? msg("parse.unknownFnCase", { f: t.text, near })
    : msg("parse.unknownFn", { f: t.text, known: known.join(", ") });
  return fail("unknown_function", m, span);
}
