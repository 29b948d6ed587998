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
// The reading policy (how `xy`, `sin x`, arcsin, log_2 and x² are read) is in reading.ts's header.

import { type Result, type Span, attempt } from "./errors.ts";
import { type Node, add, constant, div, mul, neg, num, pow, sub, sym } from "./node.ts";
import { msg } from "../messages/index.ts";
import { CONSTANTS, readsAsCall } from "./names.ts";
import { fail, tooLong, unexpected } from "./parse-errors.ts";
import { SEVERAL, callAsOp, unknownFunction } from "./reading.ts";
import { type ReadNote, type Token, isFunctionName, tokenize } from "./tokenize.ts";

export type { ReadNote } from "./tokenize.ts";
export { MAX_LENGTH } from "./parse-errors.ts";

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

  constructor(readonly text: string) {
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
        : unexpected(this.peek(), this.tokens, this.pos);
    const n = this.expr();
    if (this.peek().kind !== "end") throw unexpected(this.peek(), this.tokens, this.pos);
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
        throw unexpected(t, this.tokens, this.pos);
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
    throw unexpected(t, this.tokens, this.pos);
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
      node = this.node(callAsOp(t, args, [t.start, this.prevEnd], this), t.start);
    } else {
      const example = SEVERAL.get(t.text);
      if (example)
        throw fail("unexpected_token", msg("parse.fnNeedsBrackets", { f: t.text, example }), [
          t.start,
          t.end,
        ]);
      const arg = this.bare(t);
      node = this.node(callAsOp(t, [arg], [t.start, this.prevEnd], this), t.start);
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
