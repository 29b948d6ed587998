import { describe, it, expect } from "vitest";
import { dictionaries, detectLang, formatNumber, translate } from "./i18n.ts";

describe("dictionaries", () => {
  it("Thai and English have identical keys", () => {
    expect(Object.keys(dictionaries.th).sort()).toEqual(Object.keys(dictionaries.en).sort());
  });
  it.each(["en", "th"] as const)("%s has no empty strings", (lang) => {
    for (const [key, value] of Object.entries(dictionaries[lang])) {
      expect(value.trim(), key).not.toBe("");
    }
  });
  it("Thai strings that are words are written in Thai script", () => {
    // Names kept in Latin script on purpose (optimizer names, Greek symbols) are the exceptions.
    const latinOnPurpose = new Set([
      "opt.sgd",
      "opt.rmsprop",
      "opt.adagrad",
      "opt.adam",
      "controls.beta1",
      "controls.beta2",
      "controls.amsgrad",
      "preset.tutorial.note",
    ]);
    for (const [key, value] of Object.entries(dictionaries.th)) {
      if (latinOnPurpose.has(key)) continue;
      expect(/[\u0E00-\u0E7F]/.test(value), key).toBe(true);
    }
  });
  it("both languages use the same placeholders", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      expect(holes(dictionaries.th[key]), key).toEqual(holes(dictionaries.en[key]));
    }
  });
});

describe("translate", () => {
  it.each([
    ["en", "status.converged", { n: 106, steps: "steps" }, "Converged after 106 steps."],
    ["en", "status.converged", { n: 1, steps: "step" }, "Converged after 1 step."],
    ["th", "status.converged", { n: 106, steps: "ขั้น" }, "ลู่เข้าหลังจาก 106 ขั้น"],
    ["en", "panel.closedForm", {}, "Closed form"],
  ] as const)("%s %s", (lang, key, vars, expected) => {
    expect(translate(lang, key, vars)).toBe(expected);
  });
});

describe("detectLang", () => {
  it.each([
    [["th-TH", "en"], "th"],
    [["th"], "th"],
    [["en-US", "th"], "en"],
    [[], "en"],
    [["de"], "en"],
  ] as const)("%j → %s", (languages, expected) => {
    expect(detectLang(languages)).toBe(expected);
  });
});

describe("formatNumber", () => {
  it.each([
    ["en", 2, "2"],
    ["en", -4, "−4"],
    ["en", 2.10560000001, "2.1056"],
    ["en", -0, "0"],
    ["en", 12345.678, "12,345.7"],
    ["th", 12345.678, "12,345.7"],
    ["en", 1e-7, "1×10⁻⁷"],
    ["en", Number.NaN, "—"],
    ["en", -Infinity, "−∞"],
  ] as const)("%s %d → %s", (lang, x, expected) => {
    expect(formatNumber(lang, x)).toBe(expected);
  });
});
