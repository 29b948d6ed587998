// Nodes → LaTeX for KaTeX (run with trust: false): \frac, juxtaposition (2x; 2 \cdot 3 between numbers), \sin,
// \sqrt, |x|, e^{x}, Greek letters. Unlike the text printer this one need not round-trip, so it only puts in the
// parentheses the mathematics needs (x + y + z whatever the nesting of the additions).
// Identifiers never reach KaTeX raw: the parser admits only [A-Za-z][A-Za-z0-9_]*, and names are mapped to a
// letter, a Greek command or \mathit{...} here.
// As in print-text.ts, each piece carries what its neighbours need (first and last character, length, whether it
// holds an e^{…}), so no string is scanned and printing stays linear in the output.

import { type Apply, type Node, isNum } from "./node.ts";
import { checkPrintable } from "./print-text.ts";
import { type LatexArg, type OpSpec, PREC, expAsSuperscript, spec } from "./ops.ts";
import { printTree } from "./print-tree.ts";
import { GREEK } from "./names.ts";

interface Printed {
  s: string;
  prec: number;
  first: string;
  last: string;
  length: number;
  /** Ends in a superscript (x^{2}, e^{x}): as the base of a power it needs parentheses. */
  sup: boolean;
  /** Is a \\frac (possibly with a minus in front). */
  frac: boolean;
  nestedExp: boolean;
  /** The text without its leading minus, when it has one and a minus in front means the whole (-2x, -\\frac…). */
  abs?: string;
}

const HOLE = "\u0000";
const startsNeg = (p: Printed) => p.first === "-";

/** A piece made of literal text and printed parts, its first/last characters and length worked out from them. */
function cat(parts: (string | Printed)[], prec: number, extra: Partial<Printed> = {}): Printed {
  let s = "";
  let length = 0;
  let nestedExp = false;
  for (const p of parts) {
    if (typeof p === "string") {
      s += p;
      length += p.length;
    } else {
      s += p.s;
      length += p.length;
      nestedExp ||= p.nestedExp;
    }
  }
  const edge = (p: string | Printed | undefined, end: "first" | "last") =>
    typeof p === "string" ? (end === "first" ? p[0]! : p[p.length - 1]!) : p![end];
  const firstPart = parts.find((p) => typeof p !== "string" || p.length > 0);
  const lastPart = [...parts].reverse().find((p) => typeof p !== "string" || p.length > 0);
  return {
    s,
    prec,
    first: edge(firstPart, "first"),
    last: edge(lastPart, "last"),
    length,
    sup: false,
    frac: false,
    nestedExp,
    ...extra,
  };
}
const leaf = (s: string, prec: number = PREC.atom): Printed => cat([s], prec);
const wrap = (p: Printed) => cat(["\\left(", p, "\\right)"], PREC.atom);

export function toLatex(root: Node): string {
  checkPrintable(root);
  return printTree<Printed>(root, {
    num: numberLatex,
    sym: (name) => leaf(identifierLatex(name)),
    constant: (name) => leaf(name === "pi" ? "\\pi" : "e"),
    apply,
  }).s;
}

function word(w: string): string {
  if (/^[A-Za-z]$/.test(w) || /^[0-9]+$/.test(w)) return w;
  if (GREEK.has(w)) return `\\${w}`;
  return `\\mathit{${w.replaceAll("_", "\\_")}}`;
}

/** x → x, theta → \theta, w_1 → w_{1}, beta1 → \beta_{1}, rate → \mathit{rate}. */
export function identifierLatex(name: string): string {
  const u = name.indexOf("_");
  const m = /^([A-Za-z]+?)([0-9]+)$/.exec(name);
  const [base, sub] =
    u > 0 && u < name.length - 1 ? [name.slice(0, u), name.slice(u + 1)] : m ? [m[1]!, m[2]!] : [name, ""];
  return sub ? `${word(base)}_{${sub.split("_").map(word).join(",")}}` : word(base);
}

function numberLatex(v: number): Printed {
  const s = String(Math.abs(v));
  const e = s.indexOf("e");
  let abs: Printed;
  if (e < 0) abs = leaf(s);
  else {
    const mantissa = s.slice(0, e);
    const exponent = String(Number(s.slice(e + 1)));
    abs =
      mantissa === "1"
        ? leaf(`10^{${exponent}}`, PREC.power)
        : leaf(`${mantissa} \\times 10^{${exponent}}`, PREC.product);
    abs.sup = true;
  }
  if (v >= 0) return abs;
  return cat(["-", abs], PREC.unary, { abs: abs.s, sup: abs.sup });
}

function apply(n: Apply, a: Printed, s: OpSpec, get: (a: Node) => Printed): Printed {
  const op = n.op;
  if (op === "neg") {
    const body = a.prec <= PREC.sum || startsNeg(a) ? wrap(a) : a;
    return cat(["-", body], PREC.unary, { abs: body.s });
  }
  if (s.arity === 1) {
    const info: LatexArg = { length: a.length, nestedExp: a.nestedExp };
    // The form around a placeholder gives its (short) text before and after the argument.
    const [before, after] = s.latex(HOLE, info).split(HOLE) as [string, string];
    if (op === "exp" && expAsSuperscript(info))
      return cat([before, a, after], PREC.power, { sup: true, nestedExp: true });
    if (op === "exp2") return cat([before, a, after], PREC.power, { sup: true }); // 2^{u}
    return cat([before, a, after], PREC.atom);
  }
  const b = get(n.args[1]!);
  switch (op) {
    case "add":
      return cat([a, " + ", startsNeg(b) ? wrap(b) : b], PREC.sum);
    case "sub":
      return cat([a, " - ", b.prec <= PREC.sum || startsNeg(b) ? wrap(b) : b], PREC.sum);
    case "div": {
      // -\\frac{2}{x} rather than \\frac{-2}{x}: a sign in front of a product or quotient moves out of the bar.
      const top = n.args[0]!;
      const numerator =
        top.kind === "apply" && top.op === "neg"
          ? get(top.args[0]!).s
          : startsNeg(a) && a.prec >= PREC.product && a.abs !== undefined
            ? a.abs
            : null;
      if (numerator !== null) {
        const frac = cat(["\\frac{", numerator, "}{", b, "}"], PREC.product, { frac: true });
        return cat(["-", frac], PREC.unary, { frac: true, abs: frac.s });
      }
      return cat(["\\frac{", a, "}{", b, "}"], PREC.product, { frac: true });
    }
    case "mul": {
      const left = a.prec < PREC.product ? wrap(a) : a;
      const right = b.prec < PREC.product || startsNeg(b) ? wrap(b) : b;
      const product = juxtapose(left, right);
      if (startsNeg(left) && left.abs !== undefined)
        product.abs = juxtapose({ ...left, s: left.abs, length: left.abs.length }, right).s;
      return product;
    }
    case "pow": {
      const base = n.args[0]!;
      const e = n.args[1]!;
      // sin²(x), as on the board, for positive whole powers of the trig and hyperbolic functions.
      if (
        base.kind === "apply" &&
        spec(base.op).facts?.powerOnName === true &&
        isNum(e) &&
        Number.isInteger(e.value) &&
        e.value > 0
      ) {
        const inner = get(base.args[0]!);
        return cat([`\\${base.op}^{`, b, "}", wrap(inner)], PREC.atom, { sup: true });
      }
      const needs = a.prec < PREC.atom || a.sup || a.frac || startsNeg(a);
      return cat([needs ? wrap(a) : a, "^{", b, "}"], PREC.power, { sup: true });
    }
    default:
      throw new Error(`toLatex: unexpected binary op ${op}`);
  }
}

function juxtapose(left: Printed, right: Printed): Printed {
  if (/[0-9]/.test(right.first) || (right.frac && !startsNeg(right) && /[0-9}]/.test(left.last)))
    return cat([left, " \\cdot ", right], PREC.product);
  // A command (\\sin, \\left) cannot merge with what precedes it; letters after letters need a space (x y).
  const tight = right.first === "\\" || (/[0-9}]/.test(left.last) && /[A-Za-z]/.test(right.first));
  return cat([left, tight ? "" : " ", right], PREC.product);
}
