// Nodes → LaTeX for KaTeX (run with trust: false): \frac, juxtaposition (2x; 2 \cdot 3 between numbers), \sin,
// \sqrt, |x|, e^{x}, Greek letters. Unlike the text printer this one need not round-trip, so it only puts in the
// parentheses the mathematics needs (x + y + z whatever the nesting of the additions).
// Identifiers never reach KaTeX raw: the parser admits only [A-Za-z][A-Za-z0-9_]*, and names are mapped to a
// letter, a Greek command or \mathit{...} here.

import { type Node, isNum, missingCase, topoOrder } from "./node.ts";
import { PREC, spec } from "./ops.ts";
import { GREEK } from "./names.ts";

interface Printed {
  s: string;
  prec: number;
  /** Ends in a superscript (x^{2}, e^{x}): as the base of a power it needs parentheses. */
  sup?: boolean;
  frac?: boolean;
}

const wrap = (s: string) => `\\left(${s}\\right)`;
const startsNeg = (p: Printed) => p.s.startsWith("-");
const TRIG = new Set(["sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh"]);

export function toLatex(root: Node): string {
  const memo = new Map<Node, Printed>();
  for (const n of topoOrder(root))
    memo.set(
      n,
      print(n, (a) => memo.get(a)!),
    );
  return memo.get(root)!.s;
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
  const sign = v < 0 ? "-" : "";
  const e = s.indexOf("e");
  if (e < 0) return { s: sign + s, prec: v < 0 ? PREC.unary : PREC.atom };
  const mantissa = s.slice(0, e);
  const exponent = String(Number(s.slice(e + 1)));
  if (mantissa === "1")
    return { s: `${sign}10^{${exponent}}`, prec: v < 0 ? PREC.unary : PREC.power, sup: true };
  return {
    s: `${sign}${mantissa} \\times 10^{${exponent}}`,
    prec: v < 0 ? PREC.unary : PREC.product,
    sup: true,
  };
}

function print(n: Node, get: (a: Node) => Printed): Printed {
  switch (n.kind) {
    case "num":
      return numberLatex(n.value);
    case "sym":
      return { s: identifierLatex(n.name), prec: PREC.atom };
    case "const":
      return { s: n.name === "pi" ? "\\pi" : "e", prec: PREC.atom };
    case "apply":
      break;
    default:
      return missingCase(n);
  }
  const op = n.op;
  const a = get(n.args[0]!);
  const s = spec(op);
  if (op === "neg") {
    return { s: `-${a.prec <= PREC.sum || startsNeg(a) ? wrap(a.s) : a.s}`, prec: PREC.unary };
  }
  if (s.arity === 1) {
    const out = s.latex(a.s);
    const sup = out.startsWith("e^{");
    return { s: out, prec: sup ? PREC.power : PREC.atom, sup };
  }
  const b = get(n.args[1]!);
  switch (op) {
    case "add":
      return { s: `${a.s} + ${startsNeg(b) ? wrap(b.s) : b.s}`, prec: PREC.sum };
    case "sub":
      return { s: `${a.s} - ${b.prec <= PREC.sum || startsNeg(b) ? wrap(b.s) : b.s}`, prec: PREC.sum };
    case "div": {
      // -\\frac{2}{x} rather than \\frac{-2}{x}: a sign in front of a product or quotient moves out of the bar.
      const top = n.args[0]!;
      if (top.kind === "apply" && top.op === "neg")
        return { s: `-\\frac{${get(top.args[0]!).s}}{${b.s}}`, prec: PREC.unary, frac: true };
      if (startsNeg(a) && a.prec >= PREC.product)
        return { s: `-\\frac{${a.s.slice(1)}}{${b.s}}`, prec: PREC.unary, frac: true };
      return { s: `\\frac{${a.s}}{${b.s}}`, prec: PREC.product, frac: true };
    }
    case "mul": {
      const left = a.prec < PREC.product ? wrap(a.s) : a.s;
      const right = b.prec < PREC.product || startsNeg(b) ? wrap(b.s) : b.s;
      return { s: juxtapose(left, right), prec: PREC.product };
    }
    case "pow": {
      const base = n.args[0]!;
      // sin²(x), as on the board, for positive whole powers of the trig and hyperbolic functions.
      if (
        base.kind === "apply" &&
        TRIG.has(base.op) &&
        isNum(n.args[1]!) &&
        Number.isInteger(n.args[1].value) &&
        n.args[1].value > 0
      ) {
        const inner = get(base.args[0]!).s;
        return { s: `\\${base.op}^{${b.s}}${wrap(inner)}`, prec: PREC.atom };
      }
      const needs = a.prec < PREC.atom || a.sup || a.frac || startsNeg(a);
      return { s: `${needs ? wrap(a.s) : a.s}^{${b.s}}`, prec: PREC.power, sup: true };
    }
    default:
      throw new Error(`toLatex: unexpected binary op ${op}`);
  }
}

function juxtapose(left: string, right: string): string {
  if (/^[0-9]/.test(right) || (right.startsWith("\\frac") && /[0-9}]$/.test(left)))
    return `${left} \\cdot ${right}`;
  // A command (\\sin, \\left) cannot merge with what precedes it; letters after letters need a space (x y).
  const tight = right.startsWith("\\") || (/[0-9}]$/.test(left) && /^[A-Za-z]/.test(right));
  return tight ? `${left}${right}` : `${left} ${right}`;
}
