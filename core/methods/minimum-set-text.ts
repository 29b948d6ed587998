// A minimum set written as a teacher writes it: "x ≤ 0, y = 0", "x - y = 0", "x = -π/2 + 2kπ, k ∈ ℤ",
// "x ∈ [-π + 2kπ, 2kπ], k ∈ ℤ". Maths only (no words), so it reads the same in every language.

import { fmt, fmtTex, type Exact, type Interval } from "./result.ts";
import { piExact, type Along, type MinimumSetN } from "./minimum-set.ts";
import { varLatex } from "../exact/polynomial.ts";

type Mode = "text" | "latex";

/** "2kπ" for the period 2π, "kπ/2" for π/2, "3k" for 3. */
function kTimes(period: number, mode: Mode): string {
  const p = piExact(period)[mode];
  const pi = mode === "text" ? "π" : "\\pi";
  if (p === pi) return `k${pi}`;
  if (p.endsWith(pi) && /^\d+$/.test(p.slice(0, -pi.length))) return `${p.slice(0, -pi.length)}k${pi}`;
  const t = /^(\d*)π\/(\d+)$/.exec(p);
  if (mode === "text" && t) return `${t[1]}kπ/${t[2]}`;
  const l = /^\\frac\{(\d*)\\pi\}\{(\d+)\}$/.exec(p);
  if (mode === "latex" && l) return `\\frac{${l[1]}k\\pi}{${l[2]}}`;
  return mode === "text" ? `${p}k` : `${p}\\,k`;
}

function value(v: number, periodic: boolean, mode: Mode): string {
  if (periodic) return piExact(v)[mode];
  return mode === "text" ? fmt(v) : fmtTex(v);
}

/** v + kP, or kP alone when v = 0. */
function shifted(v: number, a: Along, mode: Mode): string {
  const k = kTimes(a.period!, mode);
  if (v === 0) return k;
  const s = value(v, true, mode);
  return `${s} + ${k}`;
}

/** The condition on quantity q (a variable or a form): "q ≤ 0", "q = -π/2 + 2kπ, k ∈ ℤ". */
export function alongText(q: Exact, a: Along, mode: Mode): string {
  const le = mode === "text" ? " ≤ " : " \\le ";
  const ge = mode === "text" ? " ≥ " : " \\ge ";
  const inn = mode === "text" ? " ∈ " : " \\in ";
  const x = q[mode];
  const periodic = a.period !== undefined;
  const end = (v: number) => (periodic ? shifted(v, a, mode) : value(v, false, mode));
  const tail = periodic ? (mode === "text" ? ", k ∈ ℤ" : ",\\ k \\in \\mathbb{Z}") : "";
  const points = a.set.every((s) => s.lo !== null && s.lo === s.hi);
  if (points) {
    if (a.set.length === 1) return `${x} = ${end(a.set[0]!.lo!)}${tail}`;
    const list = a.set.map((s) => end(s.lo!)).join(", ");
    return mode === "text" ? `${x} ∈ {${list}}${tail}` : `${x} \\in \\{${list}\\}${tail}`;
  }
  if (a.set.length === 1 && !periodic) {
    const s = a.set[0]!;
    const lt = mode === "text" ? " < " : " < ";
    if (s.lo === null && s.hi !== null) return `${x}${s.hiClosed ? le : lt}${end(s.hi)}`;
    if (s.hi === null && s.lo !== null)
      return `${x}${s.loClosed ? ge : mode === "text" ? " > " : " > "}${end(s.lo)}`;
    if (s.lo !== null && s.hi !== null)
      return `${end(s.lo)}${s.loClosed ? le : lt}${x}${s.hiClosed ? le : lt}${end(s.hi)}`;
  }
  const one = (s: Interval) => {
    if (s.lo !== null && s.lo === s.hi) return mode === "text" ? `{${end(s.lo)}}` : `\\{${end(s.lo)}\\}`;
    const lo = s.lo === null ? (mode === "text" ? "−∞" : "-\\infty") : end(s.lo);
    const hi = s.hi === null ? (mode === "text" ? "∞" : "\\infty") : end(s.hi);
    const [l, r] =
      mode === "text"
        ? [s.loClosed ? "[" : "(", s.hiClosed ? "]" : ")"]
        : [s.loClosed ? "\\left[" : "\\left(", s.hiClosed ? "\\right]" : "\\right)"];
    return `${l}${lo}, ${hi}${r}`;
  };
  return `${x}${inn}${a.set.map(one).join(mode === "text" ? " ∪ " : " \\cup ")}${tail}`;
}

/** The whole set; null for "everywhere", which needs words (the message says it). */
export function setNText(set: MinimumSetN): Exact | null {
  if (set.kind === "everywhere") return null;
  const both = (f: (mode: Mode) => string): Exact => ({ text: f("text"), latex: f("latex") });
  if (set.kind === "form") return both((mode) => alongText(set.form, set.values, mode));
  const parts = Object.entries(set.parts).filter((e): e is [string, Along] => e[1] !== null);
  return both((mode) =>
    parts
      .map(([v, a]) => alongText({ text: v, latex: varLatex(v) }, a, mode))
      .join(mode === "text" ? ", " : ",\\quad "),
  );
}
