import { describe, it, expect } from "vitest";
import { catalogs, say, msg, type Lang, type UiId } from "./index.ts";
import { en } from "./en.ts";
import { uiEn } from "./ui-en.ts";

const ids = Object.keys(uiEn) as UiId[];
const langs = Object.keys(catalogs) as Lang[];

/** A template's output with a marker for each parameter, and the names it read. */
function probe(lang: Lang, id: UiId): { out: string; names: string[] } {
  const names: string[] = [];
  const params = new Proxy({} as Record<string, string>, {
    get: (_, k) => {
      names.push(String(k));
      return `⟦${String(k)}⟧`;
    },
  });
  const out = (catalogs[lang][id] as (p: Record<string, string>) => string)(params);
  return { out, names: names.sort() };
}

// Names kept in Latin script on purpose in Thai (optimizer names, Greek symbols, a run that quotes a number).
const LATIN_ON_PURPOSE = new Set<UiId>([
  "opt.sgd",
  "opt.rmsprop",
  "opt.adagrad",
  "opt.adam",
  "controls.beta1",
  "controls.beta2",
  "controls.amsgrad",
  "preset.tutorial.note",
]);

describe("the UI's words", () => {
  it("share no id with the core's sentences (one catalog, one meaning per id)", () => {
    expect(ids.filter((id) => id in en)).toEqual([]);
  });

  it.each(langs.flatMap((lang) => ids.map((id) => [lang, id] as const)))("%s %s", (lang, id) => {
    const got = probe(lang, id);
    expect(got.out.replace(/⟦\w+⟧/g, "").trim(), id).not.toBe("");
    expect(got.names).toEqual(probe("en", id).names);
    if (lang === "th" && !LATIN_ON_PURPOSE.has(id)) expect(got.out).toMatch(/[\u0E00-\u0E7F]/);
  });

  it.each([
    [
      "en",
      msg("verdict.converged", { n: "106", steps: msg("unit.step.other") }),
      "Converged after 106 steps.",
    ],
    ["en", msg("verdict.converged", { n: "1", steps: msg("unit.step.one") }), "Converged after 1 step."],
    ["th", msg("verdict.converged", { n: "106", steps: msg("unit.step.other") }), "ลู่เข้าหลังจาก 106 ขั้น"],
    ["en", msg("panel.closedForm"), "Closed form"],
  ] as const)("%s %j", (lang, m, expected) => {
    expect(say(m, lang)).toBe(expected);
  });
});
