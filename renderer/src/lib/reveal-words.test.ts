import { describe, expect, it } from "vitest";
import { revealSentence } from "./reveal-words.ts";
import { formatNumber, translate, type Lang } from "./i18n.ts";
import { say } from "../../../core/index.ts";
import type { MethodView, StepView } from "./model.ts";

const step = (latex: string, text: string, note: string): StepView => ({
  en: { latex, text, note },
  th: { latex, text, note: `th:${note}` },
});
const closed: MethodView = {
  status: "minimum",
  steps: [step("f(x) = x^2 - 4x", "f(x) = x^2 - 4x", "A quadratic.")],
  argmin: [2],
  min: -4,
};
const descent: MethodView = {
  status: "minimum",
  steps: [step("x_0 = 10", "x_0 = 10", "The start."), step("x_1 = 9.68", "x_1 = 9.68", "The first update.")],
  argmin: [2.10564],
  min: -3.98884,
};
const words = (lang: Lang) => ({
  t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p),
  say: (m: Parameters<typeof say>[0]) => say(m, lang),
  num: (x: number) => formatNumber(lang, x),
  lang,
});

describe("revealSentence: what the live region says for a press", () => {
  const cases: [string, Lang, number[], number[], string][] = [
    ["a first line", "en", [0, 0, 0], [1, 0, 0], "Closed form, step 1 of 1: f(x) = x^2 - 4x — A quadratic."],
    ["lockstep: each changed method", "en", [1, 0, 1], [2, 0, 2], "Closed form, the answer: 2, f = −4 Gradient descent, step 2 of 2: x_1 = 9.68 — The first update."],
    ["back to nothing says nothing", "en", [1, 0, 0], [0, 0, 0], ""],
    ["Thai", "th", [0, 0, 0], [0, 0, 1], "การเคลื่อนลงตามเกรเดียนต์ ขั้นที่ 1 จาก 2: x_0 = 10 — th:The start."],
  ]; // prettier-ignore
  for (const [name, lang, before, after, want] of cases)
    it(name, () => expect(revealSentence([closed, null, descent], before, after, words(lang))).toBe(want));
});
