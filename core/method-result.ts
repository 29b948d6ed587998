// The shapes the three method panels render: an answer plus the steps a teacher writes on the board.

import type { Msg } from "./messages/index.ts";

/**
 * One line on the board: KaTeX source, the same in input syntax, and an optional sentence saying why. Where a
 * field holds words, its `…Msg` twin says which message (and pieces) wrote them, so the UI can translate it.
 */
export interface Step {
  latex: string;
  text: string;
  note?: string;
  noteMsg?: Msg;
  textMsg?: Msg;
  latexMsg?: Msg;
}

/** An exact value or expression, e.g. { text: "1 + sqrt(2)", latex: "1 + \\sqrt{2}" }. */
export interface Exact {
  text: string;
  latex: string;
}

/**
 * minimum     a global minimum exists (argmin and min are set)
 * unbounded   f goes to −∞ (reason says along what)
 * no-minimum  bounded below, but the lower bound is never reached (exp(x), 1/(1 + x^2))
 * unsupported the method does not apply (reason says why, in words)
 */
export type MinimumStatus = "minimum" | "unbounded" | "no-minimum" | "unsupported";

export type Point = Record<string, number>;

/** Plain numbers for the board: 2, -4, 0.5, 1.41421356; never -0, never 17 noisy digits. */
export function fmt(x: number, digits = 10): string {
  if (Object.is(x, -0) || Math.abs(x) < 1e-300) return "0";
  if (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-6) return x.toPrecision(digits).replace(/\.?0+e/, "e");
  return String(Number(x.toPrecision(digits)));
}

/** fmt for LaTeX: 1.9e-21 would typeset as "1.9e − 21", so scientific notation becomes 1.9 \times 10^{-21}. */
export function fmtTex(x: number, digits = 10): string {
  const s = fmt(x, digits);
  const m = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(s);
  return m ? `${m[1]} \\times 10^{${m[2] === "-" ? "-" : ""}${m[3]}}` : s;
}
