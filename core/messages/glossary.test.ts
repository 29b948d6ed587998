import { describe, it, expect } from "vitest";
import { GLOSSARY, rejectedIn } from "./glossary.ts";
import { catalogs, LANGS, type Lang, type MsgId } from "./index.ts";

/** A catalog entry's text, its parameters left as neutral markers. */
function text(lang: Lang, id: MsgId): string {
  const params = new Proxy({} as Record<string, string>, { get: (_, k) => `⟦${String(k)}⟧` });
  const entry = catalogs[lang][id] as string | ((p: Record<string, string>) => string);
  return typeof entry === "string" ? entry : entry(params);
}

describe("the glossary", () => {
  it("names one term per idea in each language, and never rejects its own term", () => {
    for (const term of Object.values(GLOSSARY)) {
      expect(term.en.length).toBeGreaterThan(0);
      expect(term.th).toMatch(/[\u0E00-\u0E7F]/);
      for (const v of term.rejectTh) expect(term.th.includes(v), `${term.th} / ${v}`).toBe(false);
    }
  });

  it.each([
    ["f เป็นค่าคงที่", "th", ["ค่าคงที่"]],
    ["f เป็นค่าคงตัว", "th", []],
    ["เขียนวงเล็บครอบค่าที่ใส่", "th", []], // ครอบ is not รอบ
    ["หยุดเมื่อครบจำนวนรอบสูงสุด", "th", ["จำนวนรอบสูงสุด", "รอบ"]],
    ["เมทริกซ์ไม่แน่นอน", "th", ["ไม่แน่นอน"]],
    ["การลดน้ำหนัก (weight decay)", "th", ["การลดน้ำหนัก"]],
    ["Give a start point", "en", ["start point"]],
    ["Give a starting point", "en", []],
  ] as const)("%s", (s, lang, expected) => {
    expect(
      rejectedIn(s, lang)
        .map((r) => r.variant)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe("every catalog sentence uses the glossary's terms", () => {
  const ids = Object.keys(catalogs.en) as MsgId[];
  it.each(LANGS.flatMap((lang) => ids.map((id) => [lang, id] as const)))("%s %s", (lang, id) => {
    expect(rejectedIn(text(lang, id), lang)).toEqual([]);
  });
});
