// Sentences as data: the core records which message it wrote and with what pieces (strings, or maths as data that
// is spelled as text or LaTeX when said), so the UI can show it in any language at display time without
// recomputing. The English text stays the core's output.

import { en } from "./en.ts";
import { th } from "./th.ts";
import { uiEn } from "./ui-en.ts";
import { uiTh } from "./ui-th.ts";
import { printMaths, type Maths, type Mode } from "../methods/print-maths.ts";

export type Lang = "en" | "th";
export const LANGS: readonly Lang[] = ["en", "th"];
/** The core's sentences and the UI's words (ui-en.ts): one catalog, one set of ids. */
const english = { ...en, ...uiEn };
export type MsgId = keyof typeof english;
export type UiId = keyof typeof uiEn;
/** The core's ids and the UI's are disjoint: a UI word must never shadow a core sentence in the merged catalog. */
const disjoint: [Extract<keyof typeof en, UiId>] extends [never] ? true : never = true;
void disjoint;

/**
 * A piece of a sentence: a string, maths as data (a node, a rational, a number, a set: printed as text or LaTeX
 * when said), another message, or several joined.
 */
export type Arg = Maths | Msg | { join: string; items: readonly Arg[] };
type Names<K extends MsgId> = (typeof english)[K] extends (p: infer A) => string ? keyof A : never;
export type Params<K extends MsgId> = { [N in Names<K>]: Arg };
/** What msg() takes after the id: the parameters, or nothing for a message without any. */
export type MsgArgs<K extends MsgId> = [Names<K>] extends [never] ? [] : [Params<K>];

export interface Msg<K extends MsgId = MsgId> {
  id: K;
  params: Params<K>;
}

/** A catalog: the same ids with the same parameters as English; a missing id is a compile error. */
export type Catalog = { [K in keyof typeof en]: (typeof en)[K] };
export type UiCatalog = { [K in UiId]: (typeof uiEn)[K] extends string ? string : (typeof uiEn)[K] };

export const catalogs: Record<Lang, { [K in MsgId]: (typeof english)[K] }> = {
  en: english,
  th: { ...th, ...uiTh },
};

// A declaration, not a const: modules that build messages at load time (the op table) may be loaded while this
// one is (through the printers that `say` uses for maths), and a declared function is ready before then.
export function msg<K extends MsgId>(id: K, ...params: MsgArgs<K>): Msg<K> {
  return { id, params: params[0] ?? {} } as Msg<K>;
}

/**
 * The sentence in a language (English by default: the core's own text). Its maths is spelled as plain text, or
 * as LaTeX for a message that is itself a LaTeX line (`cf.vertexLatex`).
 */
export function say(m: Msg, lang: Lang = "en", mode: Mode = "text"): string {
  const args: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.params as Record<string, Arg>)) args[k] = arg(v, lang, mode);
  const entry = catalogs[lang][m.id] as string | ((p: Record<string, string>) => string);
  return typeof entry === "string" ? entry : entry(args);
}

const isMsg = (v: object): v is Msg => "id" in v && "params" in v;

function arg(v: Arg, lang: Lang, mode: Mode): string {
  if (typeof v === "string") return v;
  if (isMsg(v)) return say(v, lang, mode);
  if ("join" in v && "items" in v) return v.items.map((x) => arg(x, lang, mode)).join(v.join);
  return printMaths(v, mode);
}

/**
 * The message with its maths spelled out (each maths piece becomes its text and LaTeX pair), so it can cross to
 * another thread or into a file: structured cloning keeps no classes, and a rational or a node arrives as a bare
 * object that cannot print itself. Said in any language, it reads as the original does.
 */
export function portable<K extends MsgId>(m: Msg<K>): Msg<K> {
  const params: Record<string, Arg> = {};
  for (const [k, v] of Object.entries(m.params as Record<string, Arg>)) params[k] = portableArg(v);
  return { id: m.id, params: params as Params<K> };
}

function portableArg(v: Arg): Arg {
  if (typeof v === "string") return v;
  if (isMsg(v)) return portable(v);
  if ("join" in v && "items" in v) return { join: v.join, items: v.items.map(portableArg) };
  return { text: printMaths(v, "text"), latex: printMaths(v, "latex") };
}

/** A result's reason, as the English text plus the message it came from. */
export const reasoned = (m: Msg) => ({ reason: say(m), reasonMsg: m });

const MSG_KEYS = new Set([
  "reasonMsg",
  "messageMsg",
  "whatMsg",
  "whereMsg",
  "summaryMsg",
  "wordsMsg",
  "verdictMsg",
]);
/** JSON.stringify replacer that leaves the message twins out, so JSON output keeps its published shape. */
export const withoutMessages = (key: string, value: unknown) => (MSG_KEYS.has(key) ? undefined : value);
