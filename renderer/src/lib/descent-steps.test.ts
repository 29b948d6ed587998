// The gradient-descent panel's headline says what happened: a run stopped by an update outside the domain (or
// one that could not be computed) is neither "keeps falling" nor "diverged… try a smaller learning rate".
import { describe, expect, it } from "vitest";
import { descend } from "./engine.ts";
import { descentSteps } from "./descent-steps.ts";
import { formatNumber, translate, type Lang } from "./i18n.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { parse } from "../../../core/expr/parser.ts";
import { say } from "../../../core/messages/index.ts";

const headline = (text: string, x0: number, lr: number, lang: Lang) => {
  const run = descend(parse(text), ["x"], {
    x0: [x0],
    optimizer: "sgd",
    lr,
    params: DEFAULT_PARAMS.sgd,
    tol: 1e-3,
    maxIter: 1000,
    color: "#000",
  });
  if (!run.ok) throw new Error(run.message);
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
    translate(lang, k, v);
  const verdict = descentSteps(run.run, {
    lr,
    tol: 1e-3,
    t,
    num: (x, d) => formatNumber(lang, x, d),
  }).verdict;
  return typeof verdict === "string" || verdict === undefined ? verdict : say(verdict, lang);
};

describe("the gradient-descent headline", () => {
  it.each([
    ["x^0.5 + x", 10, 0.02, "en", "Stopped after 392 steps: the next update could not be computed."],
    ["x^0.5 + x", 10, 0.02, "th", "หยุดหลังปรับค่า 392 ครั้ง: คำนวณการปรับค่าครั้งถัดไปไม่ได้"],
    [
      "x^2 - 4x",
      10,
      1.5,
      "en",
      "Diverged after 17 steps: the steps grow instead of shrinking. Try a smaller learning rate.",
    ],
    ["-x^3", 1, 0.02, "en", /keeps falling/],
  ] as const)("%s from %s, lr %s (%s)", (text, x0, lr, lang, want) => {
    expect(headline(text, x0, lr, lang)).toMatch(
      typeof want === "string" ? new RegExp(`^${want.replace(/[.()^]/g, "\\$&")}$`) : want,
    );
  });
});
