// Where a sentence may break: between words only. The browser breaks Thai from its own dictionary, which splits
// some compounds a teacher reads as one word (เกร|เดียนต์, จุดอาน|ม้า) and breaks at a number's minus sign or
// decimal point; these pieces are kept whole (a span that does not wrap), everything else wraps as the browser likes.

import { GLOSSARY } from "../../../core/index.ts";

/** Words a line must not split: the glossary's Thai terms and a few compounds of the board. */
const WHOLE_WORDS = [
  ...Object.values(GLOSSARY).flatMap((t) => t.th.split(" … ")),
  "จุดอานม้า",
  "จุดวิกฤต",
  "จุดยอด",
  "ค่าต่ำสุด",
  "ค่าสูงสุด",
  "ขอบเขตล่าง",
  "สัมประสิทธิ์",
  "ดังนั้น",
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A number with its sign, grouping, decimals and a × 10ⁿ tail; or one of the whole words.
const WHOLE = new RegExp(
  `[−-]?\\d[\\d,.]*(?:\\s?×\\s?10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+|e[+-]?\\d+)?|${WHOLE_WORDS.map(escape).join("|")}`,
  "g",
);

export interface Piece {
  text: string;
  /** True for a piece that must not be broken across lines. */
  whole: boolean;
}

/** `text` cut into pieces that may wrap and pieces that must stay whole. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(WHOLE)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), whole: false });
    out.push({ text: m[0], whole: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), whole: false });
  return out;
}
