import { describe, it, expect } from "vitest";
import { detectLang, formatNumber, mistake, translate, withNumbers } from "./i18n.ts";
import { msg, say } from "../../../core/messages/index.ts";

describe("translate", () => {
  it.each([
    ["en", "verdict.converged", { n: 106, steps: "steps" }, "Converged after 106 steps."],
    ["en", "verdict.converged", { n: 1, steps: "step" }, "Converged after 1 step."],
    ["th", "verdict.converged", { n: 106, steps: "ครั้ง" }, "ลู่เข้าหลังปรับค่า 106 ครั้ง"],
    ["en", "panel.closedForm", {}, "Closed form"],
  ] as const)("%s %s", (lang, key, vars, expected) => {
    expect(translate(lang, key, vars)).toBe(expected);
  });
});

describe("mistake: a mistake is told one way, under the function field and for a setting alike", () => {
  const parse = { code: "unexpected_token", message: "Unexpected ')'", msg: undefined } as const;
  const option = { code: "invalid_option", message: "lr must be positive", msg: undefined } as const;
  const catalogued = { code: "domain", message: "sqrt needs x ≥ 0", msg: msg("panel.closedForm") } as const;
  it.each([
    ["en", parse, "Unexpected ')'"],
    ["th", parse, "มีสัญลักษณ์ที่ไม่ควรอยู่ตรงนี้ — Unexpected ')'"],
    ["th", option, "ค่าที่ตั้งไม่ถูกต้อง — lr must be positive"],
    ["en", catalogued, "sqrt needs x ≥ 0"],
    ["th", catalogued, "รูปแบบปิด"], // said once: the sentence, not its kind before it,
  ] as const)("%s %j", (lang, e, expected) => {
    expect(mistake(lang, e)).toBe(expected);
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
    ["en", 1e-7, "1\u202f×\u202f10⁻⁷"],
    // Beyond 10⁹ and below 10⁻⁴ in powers of ten, never a row of digits or of zeros (issue 13).
    ["en", 391543000000000000, "3.91543\u202f×\u202f10¹⁷"],
    ["en", 2 / 119735.85105688825, "1.67034\u202f×\u202f10⁻⁵"],
    ["en", 0.000949413, "0.000949413"],
    ["en", Number.NaN, "—"],
    ["en", -Infinity, "−∞"],
  ] as const)("%s %d → %s", (lang, x, expected) => {
    expect(formatNumber(lang, x)).toBe(expected);
  });
});

describe("withNumbers: the numbers inside a sentence are written as everywhere else on the page", () => {
  it.each([
    ["en", msg("cmp.minimumAt", { f: "-4", at: "x = 2" }), "minimum −4 at x = 2"],
    [
      "en",
      msg("cmp.minimumAt", { f: "1099510000000", at: "(1, -3)" }),
      "minimum 1.09951\u202f×\u202f10¹² at (1, −3)",
    ],
    ["th", msg("cmp.minimumAt", { f: "0.30000000000000004", at: "x_1 = 1000" }), "ค่าต่ำสุด 0.3 ที่ x_1 = 1,000"],
    ["en", msg("cmp.minimumAt", { f: "1e-8", at: "x^2 - 4" }), "minimum 1\u202f×\u202f10⁻⁸ at x^2 - 4"],
    // what the user typed is quoted as typed
    ["en", msg("parse.twoNumbers", { n: "-2.50" }), null],
  ] as const)("%s %j", (lang, m, expected) => {
    const got = say(withNumbers(m, lang), lang);
    expect(got).toBe(expected ?? say(m, lang));
  });
});
