// The UI's language, said at the edges. Every word lives in the core's one catalog (core/messages/: the core's
// sentences, and the UI's own words in ui-en.ts / ui-th.ts, typed so a missing Thai entry is a compile error);
// here they are said in the chosen language, and numbers are formatted for its locale.

import type { ErrorCode } from "../../../core/index.ts";
import { say, type Arg, type Lang, type Msg, type UiId } from "../../../core/index.ts";
import { superscript } from "../plots/format";

export { LANGS, type Lang } from "../../../core/index.ts";
/** A UI word or sentence in the catalog. */
export type Key = UiId;
/** Says a UI entry in the current language; numbers in `params` are written as they are (format them first). */
export type Translate = (key: Key, params?: Record<string, string | number>) => string;

/** The UI entry `key` in `lang`, its parameters filled in. */
export function translate(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const args = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return say({ id: key, params: args } as Msg, lang);
}

/** The catalog entry that names each error code (a new code in core/expr/errors.ts is a compile error here). */
export const ERROR_KEY: Record<ErrorCode, Key> = {
  unexpected_token: "error.unexpected_token",
  unexpected_end: "error.unexpected_end",
  unknown_function: "error.unknown_function",
  wrong_arity: "error.wrong_arity",
  too_deep: "error.too_deep",
  too_long: "error.too_long",
  domain: "error.domain",
  unknown_variable: "error.unknown_variable",
  invalid_option: "error.invalid_option",
  too_complex: "error.too_complex",
};

/**
 * A mistake the user can fix (in the function or in a setting), said once: the core's sentence in the UI's
 * language when the core wrote it as a message; otherwise (English detail only) the kind of mistake in Thai first.
 */
export function mistake(lang: Lang, e: { code: ErrorCode; message: string; msg?: Msg }): string {
  if (lang === "en") return e.message;
  return e.msg ? say(e.msg, lang) : `${translate(lang, ERROR_KEY[e.code])} — ${e.message}`;
}

/** The system language decides the first screen: Thai when it starts with "th", English otherwise. */
export function detectLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? "en";
  return first.toLowerCase().startsWith("th") ? "th" : "en";
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number for the board in the UI's locale: up to `digits` significant digits, a real minus sign, never -0 or NaN. */
export function formatNumber(lang: Lang, x: number, digits = 6): string {
  if (Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (Object.is(x, -0) || Math.abs(x) < 1e-300) x = 0;
  digits = Math.min(21, Math.max(1, Math.round(digits)));
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "th" ? "th-TH" : "en-US", { maximumSignificantDigits: digits });
    formatters.set(key, f);
  }
  const a = Math.abs(x);
  const text = a !== 0 && (a >= 1e9 || a < 1e-4) ? expForm(x, digits) : f.format(a);
  return x < 0 ? `−${text.replace(/^[-−]/, "")}` : text;
}

function expForm(x: number, digits: number): string {
  const [mant, exp] = Math.abs(x)
    .toExponential(Math.max(0, digits - 1))
    .split("e");
  const m = String(Number(mant));
  // Narrow no-break spaces: "1.5 × 10⁻⁸" reads as one number and never wraps inside.
  return `${m}\u202f×\u202f10${superscript(Number(exp))}`;
}

// A number inside a sentence's printed pieces: not part of a name (x_1, x1) or an exponent (x^2), with its sign
// when the minus is not a subtraction (start, "(", ",", "=" or a space before it and none after).
const NUMBER = /(?<![\w.^])(?:(?<=^|[\s(,=[])[-−])?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w.])/g;

/**
 * The message with every number in its printed pieces written by formatNumber: one way to write numbers on the
 * whole page (−4 not -4, six significant digits, 1,000, 1.5 × 10⁻⁸). Not for LaTeX (KaTeX typesets its own) nor
 * for what the user typed (a parse error quotes the input as it is).
 */
export function withNumbers(m: Msg, lang: Lang): Msg {
  if (/latex/i.test(m.id) || m.id.startsWith("parse.") || m.id.startsWith("read.")) return m;
  const params: Record<string, Arg> = {};
  for (const [k, v] of Object.entries(m.params as Record<string, Arg>)) params[k] = numbersIn(v, lang);
  return { id: m.id, params } as Msg;
}

/** Every number in a sentence the core already printed, written by formatNumber (as withNumbers does for a Msg). */
export const numbersInText = (text: string, lang: Lang): string =>
  text.replace(NUMBER, (n) => formatNumber(lang, Number(n.replace("−", "-"))));

function numbersIn(v: Arg, lang: Lang): Arg {
  if (typeof v === "string") return numbersInText(v, lang);
  if (typeof v !== "object" || v === null) return v;
  if ("join" in v && "items" in v && typeof v.join === "string")
    return { join: v.join, items: v.items.map((x: Arg) => numbersIn(x, lang)) };
  if ("id" in v && "params" in v) return withNumbers(v, lang);
  // Maths as data (a node, a rational, a set…): its printer writes its numbers.
  return v;
}
