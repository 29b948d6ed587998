// Expression language → nodes. A tokenizer and a recursive-descent parser. Only brackets, function calls and
// bracketless function arguments recurse, bounded by MAX_DEPTH; sums, products, sign runs and power towers are
// loops. So no input string can overflow the stack, and every failure is a DescentError with a span [start, end)
// in UTF-16 units.
// Sign runs and towers still nest the expression (-(-(-x)), x^(x^x)), and the printers and KaTeX recurse once per
// level, so they count towards MAX_DEPTH too: each sign and each ^ is one level, like a bracket.
//
// Grammar (lowest to highest binding):
//   input   := (name ('(' name (',' name)* ')')? '=')? expr      f(x) = …, y = …: the name is returned
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | '/') unary | power)*        juxtaposition: 2x, 3(x+1), (x+1)(x-1), 2 sin(x), x y
//   unary   := ('-' | '+')* power                          -x^2 is -(x^2); -2 is the number -2
//   power   := primary (('^' | '**') ('-' | '+')* primary)*  right-associative: x^y^z = x^(y^z); x^-2 allowed
//   primary := number | constant | variable | '(' expr ')' | call
//   call    := function ('^' exponent)? ( '(' expr (',' expr)* ')' | bare )
//   bare    := call | power power*   (numbers, letters and their powers, no brackets, no * or /)
//
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

import { DescentError, type ErrorCode, type Result, type Span, attempt } from "./errors.ts";
import { type Node, add, constant, div, fn, mul, neg, num, pow, sub, sym } from "./node.ts";
import { FUNCTION_NAMES } from "./ops.ts";
import { msg, say, type Msg } from "../messages/index.ts";
import { CONSTANTS, readsAsCall } from "./names.ts";
import {
  ALIASES,
  LOG_BASE,
  type ReadNote,
  SEVERAL,
  type Token,
  isFunctionName,
  tokenize,
} from "./tokenize.ts";

export type { ReadNote } from "./tokenize.ts";

export const MAX_LENGTH = 50_000;
export const MAX_DEPTH = 500;

/** Everything the parse found: the expression, where its pieces came from, and how the text was read. */
export interface Reading {
  node: Node;
  spans: ReadonlyMap<Node, Span>;
  notes: readonly ReadNote[];
  /** `f` for `f(x) = …`, `y` for `y = …`; absent when the text is the expression alone. */
  name?: string;
  /** The variables written in `f(x, y) = …`. */
  params?: readonly string[];
}

const describe = (t: Token): Msg | string => (t.kind === "end" ? msg("parse.theEnd") : `'${t.text}'`);

/** A parse error whose sentence is a catalog message: the UI can say it in the reader's language. */
const fail = (code: ErrorCode, m: Msg, span: Span) => new DescentError(code, say(m), span, m);

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private depth = 0;
  /** Levels of sign and ^ nesting in the last `power` read (its tower), on top of `depth`. */
  private height = 0;
  /** True when the last `power` was a bare number literal (so a minus sign in front makes a negative number). */
  private literal = false;
  readonly spans = new Map<Node, Span>();
  readonly notes: ReadNote[] = [];
  name?: string;
  params?: string[];

  constructor(private readonly text: string) {
    this.tokens = tokenize(text, this.notes);
    this.check(this.tokens[0]!);
  }

  private peek(): Token {
    return this.tokens[this.pos]!;
  }
  private get prevEnd(): number {
    return this.pos === 0 ? 0 : this.tokens[this.pos - 1]!.end;
  }
  private check(t: Token) {
    if (t.kind === "bad") throw fail("unexpected_token", msg("parse.char", { c: t.text }), [t.start, t.end]);
  }
  private advance(): Token {
    const t = this.peek();
    this.pos++;
    this.check(this.peek());
    return t;
  }
  private node<T extends Node>(n: T, start: number): T {
    if (!this.spans.has(n)) this.spans.set(n, [start, this.prevEnd]);
    return n;
  }
  private enter(t: Token) {
    if (++this.depth > MAX_DEPTH)
      throw fail("too_deep", msg("parse.tooDeep", { max: String(MAX_DEPTH) }), [t.start, t.end]);
  }

  parseAll(): Node {
    this.head();
    if (this.peek().kind === "end")
      throw this.pos === 0
        ? fail("unexpected_end", msg("parse.empty"), [0, 0])
        : this.unexpected(this.peek());
    const n = this.expr();
    if (this.peek().kind !== "end") throw this.unexpected(this.peek());
    return n;
  }

  /** `f(x, y) =` or `y =` before the expression: the function's name, read and stepped over. */
  private head() {
    const t = this.tokens;
    const isName = (k: number) =>
      t[k]!.kind === "id" && !isFunctionName(t[k]!.text) && !CONSTANTS.has(t[k]!.text);
    if (isName(0) && t[1]!.kind === "=") {
      this.name = t[0]!.text;
      this.pos = 2;
    } else if (isName(0) && t[1]!.kind === "(" && t[1]!.start === t[0]!.end) {
      const params: string[] = [];
      let k = 2;
      for (;;) {
        if (!isName(k)) return;
        params.push(t[k]!.text);
        if (t[++k]!.kind !== ",") break;
        k++;
      }
      if (t[k]!.kind !== ")") return;
      const after = t[k + 1]!;
      if (after.kind === "=") {
        this.name = t[0]!.text;
        this.params = params;
        this.pos = k + 2;
      } else if (after.kind === "end" && /^[fgh]$/.test(t[0]!.text))
        // `f(x)` alone names a function without saying what it is; f·x is not what was meant.
        throw fail("unexpected_end", msg("parse.fnAlone", { t: this.text.slice(0, t[k]!.end) }), [
          0,
          t[k]!.end,
        ]);
    }
    this.check(this.peek());
  }

  private expr(): Node {
    const start = this.peek().start;
    let left = this.term();
    while (this.peek().kind === "+" || this.peek().kind === "-") {
      const op = this.advance().kind;
      const right = this.term();
      left = this.node(op === "+" ? add(left, right) : sub(left, right), start);
    }
    return left;
  }

  private term(): Node {
    const start = this.peek().start;
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind === "*" || t.kind === "/") {
        this.advance();
        const right = this.unary();
        left = this.node(t.kind === "*" ? mul(left, right) : div(left, right), start);
      } else if (t.kind === "id" || t.kind === "(" || t.kind === "num") {
        this.twoNumbers(t);
        const right = this.power();
        left = this.node(mul(left, right), start);
      } else return left;
    }
  }

  private twoNumbers(t: Token) {
    if (t.kind === "num" && this.tokens[this.pos - 1]!.kind === "num")
      throw fail("unexpected_token", msg("parse.twoNumbers", { n: t.text }), [t.start, t.end]);
  }

  // Sign runs and power towers are read with loops, not recursion: `-----x` and `x^x^…^x` cost no stack here,
  // but each level counts towards MAX_DEPTH (`nest`), as the printers and KaTeX recurse on it.
  private signs(levels = 0): Token[] {
    const minus: Token[] = [];
    for (let t = this.peek(); t.kind === "-" || t.kind === "+"; t = this.peek()) {
      if (t.kind === "-") {
        minus.push(t);
        this.nest(levels + minus.length, t);
      }
      this.advance();
    }
    return minus;
  }
  /** `levels` of sign or ^ nesting at token t, inside `depth` brackets: within MAX_DEPTH, or too_deep at t. */
  private nest(levels: number, t: Token) {
    if (this.depth + levels > MAX_DEPTH)
      throw fail("too_deep", msg("parse.tooDeepChain", { max: String(MAX_DEPTH) }), [t.start, t.end]);
  }

  /** Applies the minus signs (outermost first) to `operand`; the innermost folds into a bare number literal. */
  private negate(minus: Token[], operand: Node, literal: boolean): Node {
    let n = operand;
    let k = minus.length - 1;
    if (k >= 0 && literal) n = this.node(num(-(operand as { value: number }).value), minus[k--]!.start);
    for (; k >= 0; k--) n = this.node(neg(n), minus[k]!.start);
    return n;
  }

  private unary(): Node {
    const minus = this.signs();
    const operand = this.power();
    if (minus.length > 0) this.nest(minus.length + this.height, minus[0]!);
    const literal = this.literal;
    this.literal = false;
    return minus.length === 0 ? operand : this.negate(minus, operand, literal);
  }

  /** b0 ^ s1 b1 ^ s2 b2 … with sign runs s_i: b0^(s1(b1^(s2(b2 …)))), right-associative. */
  private power(): Node {
    const start = this.peek().start;
    const base = this.primary();
    this.height = 0;
    if (this.peek().kind !== "^") return base;
    const chain: { start: number; node: Node; minus: Token[]; literal: boolean }[] = [
      { start, node: base, minus: [], literal: false },
    ];
    let levels = 0;
    while (this.peek().kind === "^") {
      this.nest(++levels, this.peek());
      this.advance();
      const minus = this.signs(levels);
      levels += minus.length;
      const s = this.peek().start;
      const node = this.primary();
      chain.push({ start: s, node, minus, literal: this.literal });
    }
    const last = chain[chain.length - 1]!;
    let acc = this.negate(last.minus, last.node, last.literal);
    for (let i = chain.length - 2; i >= 0; i--) {
      const item = chain[i]!;
      acc = this.negate(item.minus, this.node(pow(item.node, acc), item.start), false);
    }
    this.height = levels;
    this.literal = false;
    return acc;
  }

  private primary(): Node {
    const t = this.peek();
    this.literal = false;
    switch (t.kind) {
      case "num": {
        this.advance();
        const value = Number(t.text);
        if (!Number.isFinite(value))
          throw fail("domain", msg("parse.numberTooLarge", { n: t.text }), [t.start, t.end]);
        this.literal = true;
        return this.node(num(value), t.start);
      }
      case "id":
        return this.identifier(t);
      case "(": {
        this.enter(t);
        this.advance();
        if (this.peek().kind === ")")
          throw fail("unexpected_token", msg("parse.emptyBrackets"), [t.start, this.peek().end]);
        const inner = this.expr();
        this.close(t);
        this.depth--;
        this.literal = false;
        return inner;
      }
      default:
        throw this.unexpected(t);
    }
  }

  private close(open: Token) {
    const t = this.peek();
    if (t.kind === ")") {
      this.advance();
      return;
    }
    if (t.kind === "end")
      throw fail("unexpected_end", msg("parse.missingClose", { pos: String(open.start + 1) }), [
        t.start,
        t.end,
      ]);
    throw this.unexpected(t);
  }

  private identifier(t: Token): Node {
    const name = t.text;
    if (isFunctionName(name)) return this.call(t);
    this.advance();
    if (CONSTANTS.has(name)) return this.node(constant(name as "pi" | "e"), t.start);
    const numbered = /^([A-Za-z]+)\d+$/.exec(name);
    if (
      (this.peek().kind === "(" && this.peek().start === t.end && readsAsCall(name)) ||
      (numbered && isFunctionName(numbered[1]!))
    )
      throw unknownFunction(t);
    return this.node(sym(name), t.start);
  }

  /** f(…), f x, f^2 x, f^2(…): the function's name has been seen, `t` is its token. */
  private call(t: Token): Node {
    this.advance();
    let exponent: Node | null = null;
    if (this.peek().kind === "^" && !SEVERAL.has(t.text)) {
      this.advance();
      const minus = this.signs();
      const e = this.primary();
      exponent = this.negate(minus, e, this.literal);
      if (exponent === num(-1))
        throw fail("unexpected_token", msg("parse.inverseFn", { f: t.text }), [t.start, this.prevEnd]);
    }
    const open = this.peek();
    let node: Node;
    if (open.kind === "(") {
      this.enter(open);
      this.advance();
      const args: Node[] = [];
      if (this.peek().kind !== ")") {
        args.push(this.expr());
        while (this.peek().kind === ",") {
          this.advance();
          args.push(this.expr());
        }
      }
      this.close(open);
      this.depth--;
      node = this.apply(t, args);
    } else {
      const example = SEVERAL.get(t.text);
      if (example)
        throw fail("unexpected_token", msg("parse.fnNeedsBrackets", { f: t.text, example }), [
          t.start,
          t.end,
        ]);
      node = this.apply(t, [this.bare(t)]);
    }
    this.literal = false;
    return exponent ? this.node(pow(node, exponent), t.start) : node;
  }

  /**
   * The argument of `sin x`: the next function application (`sin cos x`), or the numbers and letters with their
   * powers that follow, up to an operator, a bracket or another function (`sin 2x y^2 cos x` = sin(2x y²) cos x).
   */
  private bare(f: Token): Node {
    const t = this.peek();
    if (t.kind !== "id" && t.kind !== "num")
      throw fail("unexpected_token", msg("parse.fnArgument", { f: f.text }), [f.start, f.end]);
    this.enter(t);
    let arg = this.power();
    if (!isFunctionName(t.text))
      for (
        let n = this.peek();
        n.kind === "num" || (n.kind === "id" && !isFunctionName(n.text));
        n = this.peek()
      ) {
        this.twoNumbers(n);
        arg = this.node(mul(arg, this.power()), t.start);
      }
    this.depth--;
    return arg;
  }

  /** The call as the table's operation, desugaring the other spellings (ALIASES, SEVERAL, log bases). */
  private apply(t: Token, args: Node[]): Node {
    const name = t.text;
    const span: Span = [t.start, this.prevEnd];
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
      return this.node(this.logOf(args[0]!, b), t.start);
    }
    if (name === "pow") {
      arity(2, "pow(x, 2)");
      return this.node(pow(args[0]!, args[1]!), t.start);
    }
    if (name === "root" || name === "nthRoot") {
      if (args.length === 1) return this.node(fn("sqrt", args[0]!), t.start);
      arity(2, `${name}(x, 3)`);
      return this.node(this.rootOf(args[0]!, args[1]!, span), t.start);
    }
    const op = FUNCTION_NAMES.get(ALIASES.get(name) ?? name);
    if (!op) throw unknownFunction(t);
    if (op === "log" && args.length === 2) return this.node(this.logOf(args[0]!, args[1]!), t.start);
    arity(1);
    return this.node(fn(op, args[0]!), t.start);
  }

  /** log_b(x) = ln x / ln b, or the table's own row for the bases it has. */
  private logOf(x: Node, b: Node): Node {
    if (b === constant("e")) return fn("log", x);
    const row = b.kind === "num" ? FUNCTION_NAMES.get(`log${b.value}`) : undefined;
    return row ? fn(row, x) : div(fn("log", x), fn("log", b));
  }

  /** The n-th root: sqrt and cbrt where the table has them, otherwise x^(1/n), defined for x ≥ 0 only. */
  private rootOf(x: Node, n: Node, span: Span): Node {
    if (n === num(2)) return fn("sqrt", x);
    const cbrt = n === num(3) ? FUNCTION_NAMES.get("cbrt") : undefined;
    if (cbrt) return fn(cbrt, x);
    const [a, b] = this.spans.get(n) ?? [0, 0];
    this.notes.push({
      span,
      msg: msg("read.root", { t: this.text.slice(span[0], span[1]), n: this.text.slice(a, b) }),
    });
    return pow(x, div(num(1), n));
  }

  private unexpected(t: Token): DescentError {
    if (t.kind === "end") return fail("unexpected_end", msg("parse.endsEarly"), [t.start, t.end]);
    if (t.kind === ")" && !this.hasOpenParen())
      return fail("unexpected_token", msg("parse.strayClose"), [t.start, t.end]);
    if (t.kind === ",") return fail("unexpected_token", msg("parse.comma"), [t.start, t.end]);
    if (t.kind === "=") return fail("unexpected_token", msg("parse.equals"), [t.start, t.end]);
    const m =
      this.pos > 0
        ? msg("parse.unexpectedAfter", { t: describe(t), prev: describe(this.tokens[this.pos - 1]!) })
        : msg("parse.unexpected", { t: describe(t) });
    return fail("unexpected_token", m, [t.start, t.end]);
  }

  private hasOpenParen(): boolean {
    let open = 0;
    for (let i = 0; i < this.pos; i++) {
      const k = this.tokens[i]!.kind;
      if (k === "(") open++;
      else if (k === ")") open--;
    }
    return open > 0;
  }
}

function unknownFunction(t: Token): DescentError {
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

function tooLong(text: string): DescentError | null {
  if (text.length <= MAX_LENGTH) return null;
  return fail("too_long", msg("parse.tooLong", { n: String(text.length), max: String(MAX_LENGTH) }), [
    MAX_LENGTH,
    text.length,
  ]);
}

/** Parses the expression language; throws DescentError (and nothing else) for any input string. */
export function parse(text: string): Node {
  return read(text).node;
}

/** The parse plus where each node first occurs in the text, so later errors (domain) can point at it. */
export function parseWithSpans(text: string): { node: Node; spans: ReadonlyMap<Node, Span> } {
  return read(text);
}

/** The whole reading: the expression, its spans, the notes on how words were read, and the function's name. */
export function read(text: string): Reading {
  if (typeof text !== "string") throw fail("invalid_option", msg("parse.notText"), [0, 0]);
  const long = tooLong(text);
  if (long) throw long;
  const p = new Parser(text);
  const node = p.parseAll();
  const r: Reading = { node, spans: p.spans, notes: p.notes };
  return p.name === undefined ? r : { ...r, name: p.name, ...(p.params ? { params: p.params } : {}) };
}

export function tryParse(text: string): Result<Node> {
  return attempt(() => parse(text));
}

export function tryRead(text: string): Result<Reading> {
  return attempt(() => read(text));
}
