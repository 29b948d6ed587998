// Maths as data inside a step: a piece says what it is (a node, an exact rational, a number, a set, a variable)
// and is spelled as text or LaTeX only when printed. The message catalog's `say` prints these pieces.

import type { Node } from "../expr/node.ts";
import { Rational } from "../exact/rational.ts";
import { fmt, fmtTex, setText, type Interval } from "./result.ts";
import { joinTerms, varLatex } from "../exact/polynomial.ts";
import { toText } from "../expr/print-text.ts";
import { toLatex } from "../expr/print-latex.ts";

export type Mode = "text" | "latex";

/** Anything printable both ways: a polynomial. */
interface Printable {
  toText(): string;
  toLatex(): string;
}

/**
 * string   the same in text and LaTeX ("=", ", ")
 * v        a variable: theta / \theta
 * node     an expression, by the text and LaTeX printers
 * q        an exact rational: 1/2 / \frac{1}{2}
 * num      a float: 1.5e-7 / 1.5 \times 10^{-7}
 * set      a union of intervals: [−1, 1] / \left[-1, 1\right]
 * poly     a polynomial
 * terms    c1·b1 + c2·b2 + … as a teacher writes it (no 1x, no + −)
 * coef     a rational in front of a factor: nothing for 1, − for −1, (1/2) in text
 * signed   a term added to what comes before: " + r", or " - r" when r prints with a leading minus
 * text/latex  spelled differently in each (−∞ / -\infty); also an Exact from a result
 * array    the pieces one after another
 */
export type Maths =
  | string
  | { readonly v: string }
  | { readonly node: Node }
  | { readonly q: Rational }
  | { readonly num: number }
  | { readonly set: readonly Interval[] }
  | { readonly poly: Printable }
  | { readonly terms: readonly { coef: Rational; body: Maths | null }[] }
  | { readonly coef: Rational }
  | { readonly signed: Maths }
  | { readonly text: string; readonly latex: string }
  | readonly Maths[];

export const isMaths = (a: object): a is Exclude<Maths, string> =>
  Array.isArray(a) ||
  "v" in a ||
  "node" in a ||
  "q" in a ||
  "num" in a ||
  "set" in a ||
  "poly" in a ||
  "terms" in a ||
  "coef" in a ||
  "signed" in a ||
  ("text" in a && "latex" in a);

export function printMaths(m: Maths, mode: Mode): string {
  if (typeof m === "string") return m;
  if (Array.isArray(m)) return (m as readonly Maths[]).map((p) => printMaths(p, mode)).join("");
  const t = mode === "text";
  if ("v" in m) return t ? m.v : varLatex(m.v);
  if ("node" in m) return t ? toText(m.node) : toLatex(m.node);
  if ("q" in m) return t ? String(m.q) : m.q.toLatex();
  if ("num" in m) return t ? fmt(m.num) : fmtTex(m.num);
  if ("set" in m) return setText(m.set)[mode];
  if ("poly" in m) return t ? m.poly.toText() : m.poly.toLatex();
  if ("terms" in m)
    return joinTerms(
      m.terms.map((x) => ({ coef: x.coef, body: x.body === null ? null : printMaths(x.body, mode) })),
      mode,
    );
  if ("coef" in m) {
    const a = m.coef;
    if (a.isOne()) return "";
    if (a.eq(Rational.one.neg())) return "-";
    return t ? (a.isInteger() ? a.toText() : `(${a})`) : a.toLatex();
  }
  if ("signed" in m) {
    const r = printMaths(m.signed, mode);
    return r.startsWith("-") ? ` - ${r.slice(1)}` : ` + ${r}`;
  }
  if ("text" in m) return m[mode];
  throw new Error(`not maths: ${JSON.stringify(m)}`);
}

/** Brackets that grow with what they hold in LaTeX. */
export const OPEN: Maths = { text: "(", latex: "\\left(" };
export const CLOSE: Maths = { text: ")", latex: "\\right)" };

/** The items with a separator between them. */
export const joined = (items: readonly Maths[], sep: Maths): Maths[] =>
  items.flatMap((m, i) => (i === 0 ? [m] : [sep, m]));

/** Both spellings at once, for a result's published `{ text, latex }` fields. */
export const spelled = (m: Maths) => ({ text: printMaths(m, "text"), latex: printMaths(m, "latex") });
