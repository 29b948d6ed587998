import { describe, it, expect } from "vitest";
import { catalogs, msg, say, type Lang, type MsgId, type UiId } from "./index.ts";
import { en } from "./en.ts";
import { uiEn } from "./ui-en.ts";
import { FUNCTIONS } from "../expr/node.ts";

// The core's sentences; the UI's words (ui-en.ts, with names kept in Latin script) have their own test.
const ids = Object.keys(en) as MsgId[];
const langs = Object.keys(catalogs) as Lang[];

/** Call a template with a marker for each parameter it reads; report the output and the names read. */
function probe(lang: Lang, id: MsgId): { out: string; names: string[] } {
  const names: string[] = [];
  const params = new Proxy({} as Record<string, string>, {
    get: (_, k) => {
      names.push(String(k));
      return `⟦${String(k)}⟧`;
    },
  });
  const entry = catalogs[lang][id] as string | ((p: Record<string, string>) => string);
  const out = typeof entry === "string" ? entry : entry(params);
  return { out, names: names.sort() };
}

const markers = (s: string) => (s.match(/⟦\w+⟧/g) ?? []).sort();
const numbers = (s: string) => (s.replace(/⟦\w+⟧/g, "").match(/\d+/g) ?? []).sort();
// What is left of an English template once the parameters and the LaTeX commands are gone: words, if any.
const words = (s: string) =>
  s
    .replace(/⟦\w+⟧/g, "")
    .replace(/\\[a-zA-Z]+/g, "")
    .match(/[A-Za-z]{3,}/g) ?? [];
const thai = /[\u0E00-\u0E7F]/;

describe("message catalogs", () => {
  it("every language has exactly the English ids", () => {
    for (const lang of langs)
      expect(Object.keys(catalogs[lang]).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it.each(langs.flatMap((lang) => ids.map((id) => [lang, id] as const)))("%s %s", (lang, id) => {
    const en = probe("en", id);
    const got = probe(lang, id);
    // Not empty, beyond its parameters.
    expect(got.out.replace(/⟦\w+⟧/g, "").trim().length + got.names.length).toBeGreaterThan(0);
    // The same placeholders, each used as often, and the same literal numbers (b/2a, 4·p, > 0).
    expect(markers(got.out)).toEqual(markers(en.out));
    expect(numbers(got.out)).toEqual(numbers(en.out));
    // Words in English mean words in Thai.
    if (lang === "th" && words(en.out).length > 0) expect(got.out).toMatch(thai);
    if (lang === "th")
      expect(words(got.out.replace(/\\text\{[^}]*\}/g, ""))).toEqual(
        words(en.out.replace(/\\text\{[^}]*\}/g, "")).filter((w) => KEPT.has(w)),
      );
  });
});

/** English words a Thai board keeps as they are: names and notation. */
const KEPT = new Set([
  "det",
  "tol",
  ...FUNCTIONS.filter((f) => f !== "sign"), // "sign" is also an English word
  ...["Descent", "Lab", "PyTorch", "JSON", "PNG", "SVG", "CSV", "PDF"], // the app's name, file formats
]);

// The UI's words (ui-en.ts, ui-th.ts): labels and sentences, where names stay in Latin script on purpose.
const uiIds = Object.keys(uiEn) as UiId[];
const LATIN_ON_PURPOSE = new Set<UiId>([
  "optimizer.sgd",
  "optimizer.rmsprop",
  "optimizer.adagrad",
  "optimizer.adam",
  "controls.beta1",
  "controls.beta2",
  "controls.amsgrad",
  "preset.tutorial.note",
]);

describe("the UI's words", () => {
  it("share no id with the core's sentences (one catalog, one meaning per id)", () => {
    expect(uiIds.filter((id) => id in en)).toEqual([]);
  });

  it.each(langs.flatMap((lang) => uiIds.map((id) => [lang, id] as const)))("%s %s", (lang, id) => {
    const got = probe(lang, id);
    expect(got.out.replace(/⟦\w+⟧/g, "").trim(), id).not.toBe("");
    expect(got.names).toEqual(probe("en", id).names);
    if (lang === "th" && !LATIN_ON_PURPOSE.has(id)) expect(got.out).toMatch(thai);
  });

  it.each([
    [
      "en",
      msg("verdict.converged", { n: "106", steps: msg("unit.step.other") }),
      "Converged after 106 steps.",
    ],
    ["en", msg("verdict.converged", { n: "1", steps: msg("unit.step.one") }), "Converged after 1 step."],
    ["th", msg("verdict.converged", { n: "106", steps: msg("unit.step.other") }), "ลู่เข้าหลังปรับค่า 106 ครั้ง"],
    ["en", msg("panel.closedForm"), "Closed form"],
  ] as const)("%s %j", (lang, m, expected) => {
    expect(say(m, lang)).toBe(expected);
  });
});
