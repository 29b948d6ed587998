// Maths as data inside a step: a piece says what it is (a node, an exact rational, a number, a set, a variable)
// and is spelled as text or LaTeX only when printed. The message catalog's `say` prints these pieces.

import type { Node } from "../expr/node.ts";
import { Rational } from "../exact/rational.ts";
import { fmt, fmtTex, type Exact, type Interval } from "./result.ts";
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
 * pi       a rational multiple of π: -π/2 / -\frac{\pi}{2}; with k, k times it (a period): 3kπ/4 / \frac{3k\pi}{4}
 * num      a float: 1.5e-7 / 1.5 \times 10^{-7}, to `digits` significant digits (10 unless given)
 * matrix   a matrix of floats, as a pmatrix in LaTeX
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
  | { readonly pi: Rational; readonly k?: true }
  | { readonly num: number; readonly digits?: number }
  | { readonly matrix: readonly (readonly number[])[]; readonly digits?: number }
  | { readonly set: readonly Interval[] }
  | { readonly poly: Printable }
  | { readonly terms: readonly { coef: Rational; body: Maths | null }[] }
  | { readonly coef: Rational }
  | { readonly signed: Maths }
  | { readonly text: string; readonly latex: string }
  | readonly Maths[];

export function printMaths(m: Maths, mode: Mode): string {
  if (typeof m === "string") return m;
  if (Array.isArray(m)) return (m as readonly Maths[]).map((p) => printMaths(p, mode)).join("");
  const t = mode === "text";
  if ("v" in m) return t ? m.v : varLatex(m.v);
  if ("node" in m) return t ? toText(m.node) : toLatex(m.node);
  if ("q" in m) return t ? String(m.q) : m.q.toLatex();
  if ("pi" in m) return piTimes(m.pi, m.k === true, mode);
  if ("num" in m) return t ? fmt(m.num, m.digits) : fmtTex(m.num, m.digits);
  if ("matrix" in m) {
    const rows = m.matrix.map((r) => r.map((v) => (t ? fmt(v, m.digits) : fmtTex(v, m.digits))));
    return t
      ? `[${rows.map((r) => r.join(", ")).join("; ")}]`
      : `\\begin{pmatrix} ${rows.map((r) => r.join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;
  }
  if ("set" in m) return printMaths(setMaths(m.set), mode);
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

/** r·π, or k·r·π for a period: "-π/2", "2kπ", "3kπ/4"; \frac{3k\pi}{4} in LaTeX. */
function piTimes(r: Rational, k: boolean, mode: Mode): string {
  const pi = mode === "text" ? "π" : "\\pi";
  const sign = r.sign() < 0 ? "-" : "";
  const a = r.abs();
  const top = `${a.n === 1n ? "" : a.n}${k ? "k" : ""}${pi}`;
  if (a.d === 1n) return `${sign}${top}`;
  return mode === "text" ? `${sign}${top}/${a.d}` : `${sign}\\frac{${top}}{${a.d}}`;
}

/** Brackets that grow with what they hold in LaTeX. */
export const OPEN: Maths = { text: "(", latex: "\\left(" };
export const CLOSE: Maths = { text: ")", latex: "\\right)" };

/**
 * The board's symbols that are spelled differently in each mode, with the spaces around them. A method writes
 * these instead of LaTeX, so its steps stay data.
 */
export const SYMBOL = {
  approx: { text: " ≈ ", latex: " \\approx " },
  ne: { text: " ≠ ", latex: " \\ne " },
  le: { text: " ≤ ", latex: " \\le " },
  ge: { text: " ≥ ", latex: " \\ge " },
  in: { text: " ∈ ", latex: " \\in " },
  pm: { text: " ± ", latex: " \\pm " },
  /** ± in front of a value: ±2, \pm 2 */
  pmSign: { text: "±", latex: "\\pm " },
  cup: { text: " ∪ ", latex: " \\cup " },
  emptySet: { text: "∅", latex: "\\varnothing" },
  openBrace: { text: "{", latex: "\\{" },
  closeBrace: { text: "}", latex: "\\}" },
  openSquare: { text: "[", latex: "\\left[" },
  closeSquare: { text: "]", latex: "\\right]" },
  nabla: { text: "∇", latex: "\\nabla " },
  to: { text: " → ", latex: " \\to " },
  min: { text: "min ", latex: "\\min " },
  /** between equations on one line: x = 1, y = 2 */
  listSep: { text: ", ", latex: ",\\quad " },
  /** between equations inside a LaTeX line: x = 1,\ y = 2 */
  thinSep: { text: ", ", latex: ",\\ " },
  /** every whole k, after a periodic answer */
  everyK: { text: ", k ∈ ℤ", latex: ",\\ k \\in \\mathbb{Z}" },
  /** k times a period that is not a simple multiple of π: 0.5k */
  k: { text: "k", latex: "\\,k" },
  minusInfinity: { text: "−∞", latex: "-\\infty" },
  plusInfinity: { text: "+∞", latex: "+\\infty" },
  infinity: { text: "∞", latex: "\\infty" },
  pmInfinity: { text: "±∞", latex: "\\pm\\infty" },
} as const satisfies Record<string, Maths>;

/** ∂f/∂x: df/dx in text. */
export const partial = (x: string): Maths => [
  { text: "df/d", latex: "\\frac{\\partial f}{\\partial " },
  { v: x },
  { text: "", latex: "}" },
];

/** The limit of f as x goes to `to`: lim(x → −∞) f = −∞, \lim_{x \to -\infty} f = -\infty. */
export const limit = (x: Maths, to: Maths, value: Maths): Maths => [
  { text: "lim(", latex: "\\lim_{" },
  x,
  SYMBOL.to,
  to,
  { text: ") ", latex: "} " },
  "f = ",
  value,
];

/** Equations to hold together: a, b in text, a cases block in LaTeX. */
export const cases = (rows: readonly Maths[]): Maths => [
  { text: "", latex: "\\begin{cases} " },
  joined(rows, { text: ", ", latex: " \\\\ " }),
  { text: "", latex: " \\end{cases}" },
];

/** A point as its coordinates: (1, -0.5). */
export const tuple = (xs: readonly number[]): Maths => [
  "(",
  joined(
    xs.map((v): Maths => ({ num: v })),
    ", ",
  ),
  ")",
];

/** The items with a separator between them. */
export const joined = (items: readonly Maths[], sep: Maths): Maths[] =>
  items.flatMap((m, i) => (i === 0 ? [m] : [sep, m]));

/**
 * A union of intervals: "(−∞, 0]", "[−1, 1]", "(−∞, 0) ∪ (0, ∞)"; a single point as "{2}". `end` writes a finite
 * end (a number unless told: a periodic set writes −π/2 + 2kπ).
 */
export function setMaths(set: readonly Interval[], end: (v: number) => Maths = (v) => ({ num: v })): Maths {
  const one = (s: Interval): Maths => {
    if (s.lo !== null && s.lo === s.hi) return [SYMBOL.openBrace, end(s.lo), SYMBOL.closeBrace];
    return [
      s.loClosed ? SYMBOL.openSquare : OPEN,
      s.lo === null ? SYMBOL.minusInfinity : end(s.lo),
      ", ",
      s.hi === null ? SYMBOL.infinity : end(s.hi),
      s.hiClosed ? SYMBOL.closeSquare : CLOSE,
    ];
  };
  // No interval at all (f real only at isolated points, which are not part of a domain): ∅, not nothing.
  if (set.length === 0) return SYMBOL.emptySet;
  return joined(set.map(one), SYMBOL.cup);
}

/** Both spellings at once, for a result's published `{ text, latex }` fields. */
export const spelled = (m: Maths) => ({ text: printMaths(m, "text"), latex: printMaths(m, "latex") });

/** A set in both spellings, for a result's fields and the command line. */
export const setText = (set: readonly Interval[]): Exact => spelled({ set });
