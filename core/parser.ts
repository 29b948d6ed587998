// Expression language → nodes. A tokenizer and a recursive-descent parser. Only brackets and function calls
// recurse, bounded by MAX_DEPTH; sums, products, sign runs and power towers are loops. So no input string can
// overflow the stack, and every failure is a DescentError with a span [start, end) in UTF-16 units.
// Sign runs and towers still nest the expression (-(-(-x)), x^(x^x)), and the printers and KaTeX recurse once per
// level, so they count towards MAX_DEPTH too: each sign and each ^ is one level, like a bracket.
//
// Grammar (lowest to highest binding):
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | '/') unary | power)*        juxtaposition: 2x, 3(x+1), (x+1)(x-1), 2 sin(x), x y
//   unary   := ('-' | '+')* power                          -x^2 is -(x^2); -2 is the number -2
//   power   := primary (('^' | '**') ('-' | '+')* primary)*  right-associative: x^y^z = x^(y^z); x^-2 allowed
//   primary := number | constant | variable | function '(' expr ')' | '(' expr ')'
//
// Decisions (documented for students and for the printers, which must print text that reads back the same):
// - A minus sign directly on a number literal makes a negative number: `-4` is num(-4), `-2x` is
//   num(-2)·x. `-(4)` stays neg(4) and `-2^2` is -(2^2), as on paper.
// - Identifiers are read whole: `xy` and `ex` are single variables; write `x y` or `e x` for products.
// - `name(` is a function call for multi-letter names (so `foo(x)` is an unknown function), but a product for a
//   single-letter, subscripted or Greek variable: `x(x+1)`, `w_1(x+1)`, `theta(x+1)`. With a space, `ab (x+1)`
//   is a product. See names.ts.
// - Function names and `pi`, `e` are reserved; any other [A-Za-z_][A-Za-z0-9_]* is a variable (`__proto__` too).
// - Two numbers side by side (`2 3`) are an error: that is almost always a missing operator.
// - The Unicode signs − × · ÷ are read as - * * /.

import { DescentError, type ErrorCode, type Result, type Span, attempt } from "./errors.ts";
import { type FnName, type Node, add, constant, div, fn, mul, neg, num, pow, sub, sym } from "./node.ts";
import { FUNCTION_NAMES } from "./ops.ts";
import { msg, say, type Msg } from "./messages/index.ts";
import { CONSTANTS, readsAsCall } from "./names.ts";

export const MAX_LENGTH = 50_000;
export const MAX_DEPTH = 500;

type TokenKind = "num" | "id" | "+" | "-" | "*" | "/" | "^" | "(" | ")" | "," | "end" | "bad";
interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y; // any Unicode space, so a pasted non-breaking space is fine
const SYMBOLS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ["+", "+"],
  ["-", "-"],
  ["\u2212", "-"],
  ["*", "*"],
  ["\u00d7", "*"],
  ["\u00b7", "*"],
  ["\u22c5", "*"],
  ["/", "/"],
  ["\u00f7", "/"],
  ["^", "^"],
  ["(", "("],
  [")", ")"],
  [",", ","],
]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const match = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(text)?.[0];
  };
  while (i < text.length) {
    const space = match(SPACE);
    if (space) {
      i += space.length;
      continue;
    }
    const c = text[i]!;
    const lexeme = /[0-9.]/.test(c) ? match(NUMBER) : /[A-Za-z_]/.test(c) ? match(IDENT) : undefined;
    let kind: TokenKind;
    let t: string;
    if (lexeme) {
      kind = /[A-Za-z_]/.test(c) ? "id" : "num";
      t = lexeme;
    } else if (c === "*" && text[i + 1] === "*") {
      kind = "^";
      t = "**";
    } else {
      kind = SYMBOLS.get(c) ?? "bad";
      // A character outside the BMP is two UTF-16 units; keep it whole so the span covers it.
      const cp = text.codePointAt(i)!;
      t = String.fromCodePoint(cp);
    }
    tokens.push({ kind, start: i, end: i + t.length, text: t });
    i += t.length;
  }
  tokens.push({ kind: "end", start: text.length, end: text.length, text: "" });
  return tokens;
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

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
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
    if (this.peek().kind === "end") throw fail("unexpected_end", msg("parse.empty"), [0, 0]);
    const n = this.expr();
    if (this.peek().kind !== "end") throw this.unexpected(this.peek());
    return n;
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
        if (t.kind === "num" && this.tokens[this.pos - 1]!.kind === "num")
          throw fail("unexpected_token", msg("parse.twoNumbers", { n: t.text }), [t.start, t.end]);
        const right = this.power();
        left = this.node(mul(left, right), start);
      } else return left;
    }
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
    const op = FUNCTION_NAMES.get(name);
    this.advance();
    if (op) return this.call(t, op);
    if (CONSTANTS.has(name)) return this.node(constant(name as "pi" | "e"), t.start);
    if (this.peek().kind === "(" && this.peek().start === t.end && readsAsCall(name))
      throw unknownFunction(t);
    return this.node(sym(name), t.start);
  }

  private call(nameTok: Token, op: FnName): Node {
    const open = this.peek();
    if (open.kind !== "(") {
      const id = open.kind === "^" ? "parse.fnBracketsPower" : "parse.fnBrackets";
      throw fail("unexpected_token", msg(id, { f: nameTok.text }), [nameTok.start, nameTok.end]);
    }
    this.enter(open);
    this.advance();
    let count = 0;
    let arg: Node | undefined;
    if (this.peek().kind !== ")") {
      arg = this.expr();
      count = 1;
      while (this.peek().kind === ",") {
        this.advance();
        this.expr();
        count++;
      }
    }
    this.close(open);
    this.depth--;
    if (count !== 1 || !arg)
      throw fail(
        "wrong_arity",
        count === 0
          ? msg("parse.arityNone", { f: nameTok.text })
          : msg("parse.arityMany", { f: nameTok.text, n: String(count) }),
        [nameTok.start, this.prevEnd],
      );
    this.literal = false;
    return this.node(fn(op, arg), nameTok.start);
  }

  private unexpected(t: Token): DescentError {
    if (t.kind === "end") return fail("unexpected_end", msg("parse.endsEarly"), [t.start, t.end]);
    if (t.kind === ")" && !this.hasOpenParen())
      return fail("unexpected_token", msg("parse.strayClose"), [t.start, t.end]);
    if (t.kind === ",") return fail("unexpected_token", msg("parse.comma"), [t.start, t.end]);
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
  const lower = t.text.toLowerCase();
  const known = [...FUNCTION_NAMES.keys()];
  const near = known.find((k) => k === lower);
  const m = near
    ? msg("parse.unknownFnCase", { f: t.text, near })
    : msg("parse.unknownFn", { f: t.text, known: known.join(", ") });
  return fail("unknown_function", m, [t.start, t.end]);
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
  return parseWithSpans(text).node;
}

/** The parse plus where each node first occurs in the text, so later errors (domain) can point at it. */
export function parseWithSpans(text: string): { node: Node; spans: ReadonlyMap<Node, Span> } {
  if (typeof text !== "string") throw fail("invalid_option", msg("parse.notText"), [0, 0]);
  const long = tooLong(text);
  if (long) throw long;
  const p = new Parser(text);
  const node = p.parseAll();
  return { node, spans: p.spans };
}

export function tryParse(text: string): Result<Node> {
  return attempt(() => parse(text));
}
