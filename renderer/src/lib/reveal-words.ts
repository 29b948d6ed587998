// What the live region says when the teacher reveals a line: for each method whose board changed, its newest line
// (the maths as plain text and why) or its answer. Pure: the words come from the catalog passed in.
import type { Lang, Msg } from "../../../core/index.ts";
import type { Translate } from "./i18n.ts";
import type { MethodView } from "./model.ts";

const METHOD = ["panel.closedForm", "panel.calculus", "panel.descent"] as const;

interface Words {
  t: Translate;
  say: (m: Msg) => string;
  num: (x: number) => string;
  lang: Lang;
}

export function revealSentence(
  views: readonly (MethodView | null)[],
  before: readonly number[],
  after: readonly number[],
  w: Words,
): string {
  const point = (p: readonly number[]) => (p.length === 1 ? w.num(p[0]!) : `(${p.map(w.num).join(", ")})`);
  return views
    .flatMap((v, i) => {
      const k = after[i] ?? 0;
      if (!v || k === (before[i] ?? 0) || k === 0) return [];
      const method = w.t(METHOD[i]!);
      if (k > v.steps.length) {
        const text =
          v.status === "minimum" && v.argmin && v.min !== undefined
            ? `${point(v.argmin)}, f = ${w.num(v.min)}`
            : typeof v.verdict === "string"
              ? v.verdict
              : v.verdict
                ? w.say(v.verdict)
                : "";
        return [w.t("reveal.answer", { method, text })];
      }
      const step = v.steps[k - 1]![w.lang];
      const text = [step.text, step.note].filter(Boolean).join(" — ");
      return [w.t("reveal.step", { method, k: w.num(k), n: w.num(v.steps.length), text })];
    })
    .join(" ");
}
