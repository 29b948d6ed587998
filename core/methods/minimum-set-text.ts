// A minimum set written as a teacher writes it: "x ≤ 0, y = 0", "x - y = 0", "x = -π/2 + 2kπ, k ∈ ℤ",
// "x ∈ [-π + 2kπ, 2kπ], k ∈ ℤ". Maths only (no words), so it reads the same in every language; built as data and
// spelled by the maths printer.

import type { Exact } from "./result.ts";
import { piMaths, type Along, type MinimumSetN } from "./minimum-set.ts";
import { joined, setMaths, spelled, SYMBOL, type Maths } from "./print-maths.ts";

/** k times the period: "2kπ" for 2π, "kπ/2" for π/2, "3k" for 3. */
function kTimes(period: number): Maths {
  const p = piMaths(period);
  return "pi" in p ? { pi: p.pi, k: true } : [p, SYMBOL.k];
}

/** v + kP, or kP alone when v = 0. */
const shifted = (v: number, period: number): Maths =>
  v === 0 ? kTimes(period) : [piMaths(v), " + ", kTimes(period)];

/** The condition on quantity q (a variable or a form): "q ≤ 0", "q = -π/2 + 2kπ, k ∈ ℤ". */
export function alongMaths(q: Maths, a: Along): Maths {
  const period = a.period;
  const end = (v: number): Maths => (period !== undefined ? shifted(v, period) : { num: v });
  const tail = period !== undefined ? SYMBOL.everyK : "";
  if (a.set.every((s) => s.lo !== null && s.lo === s.hi)) {
    if (a.set.length === 1) return [q, " = ", end(a.set[0]!.lo!), tail];
    const list = joined(
      a.set.map((s) => end(s.lo!)),
      ", ",
    );
    return [q, SYMBOL.in, SYMBOL.openBrace, list, SYMBOL.closeBrace, tail];
  }
  if (a.set.length === 1 && period === undefined) {
    const s = a.set[0]!;
    if (s.lo === null && s.hi !== null) return [q, s.hiClosed ? SYMBOL.le : " < ", end(s.hi)];
    if (s.hi === null && s.lo !== null) return [q, s.loClosed ? SYMBOL.ge : " > ", end(s.lo)];
    if (s.lo !== null && s.hi !== null)
      return [end(s.lo), s.loClosed ? SYMBOL.le : " < ", q, s.hiClosed ? SYMBOL.le : " < ", end(s.hi)];
  }
  return [q, SYMBOL.in, setMaths(a.set, end), tail];
}

/** The whole set; null for "everywhere", which needs words (the message says it). */
export function setNMaths(set: MinimumSetN): Maths | null {
  if (set.kind === "everywhere") return null;
  if (set.kind === "form") return alongMaths(set.form, set.values);
  const parts = Object.entries(set.parts).filter((e): e is [string, Along] => e[1] !== null);
  return joined(
    parts.map(([v, a]) => alongMaths({ v }, a)),
    SYMBOL.listSep,
  );
}

/** setNMaths in both spellings, for the panels and the command line. */
export function setNText(set: MinimumSetN): Exact | null {
  const m = setNMaths(set);
  return m === null ? null : spelled(m);
}
