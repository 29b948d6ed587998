import { describe, it, expect } from "vitest";
import { closedFormView, descend, optimizerConfig } from "./engine.ts";
import { compare } from "../../../core/methods/compare.ts";
import { calculusView } from "./calculus-adapter.ts";
import { descentSteps } from "./descent-steps.ts";
import { formatNumber, translate, type Translate } from "./i18n.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { PRESETS } from "./presets.ts";
import { parse } from "../../../core/expr/parser.ts";
import { variables } from "../../../core/expr/node.ts";
import { say, type Msg } from "../../../core/messages/index.ts";
import type { MethodView, Words } from "./model.ts";

// Every sentence the core writes for a panel, shown in Thai: Thai words, no English sentence left over, and the
// same numbers as the English one.

// English function words: any of these left in a Thai sentence means an untranslated piece.
const ENGLISH = /\b(the|is|are|an|of|at|so|as|and|to|by|no|not|with|where|every|has|its|on|from|but|this)\b/i;
const words = (s: string) => s.replace(/\\[a-zA-Z]+/g, " ");
// A long English word that is not a function name: "Differentiate.", "Solved numerically".
const MATH = new Set([
  "sqrt",
  "sigmoid",
  "infty",
  "left",
  "right",
  "frac",
  "cdot",
  "approx",
  "partial",
  "cases",
  "pmatrix",
  "alpha",
  "torch",
  "optim",
  "momentum",
  "Nesterov",
  "RMSprop",
  "Adagrad",
]);
const longWord = (s: string) => (words(s).match(/[A-Za-z]{5,}/g) ?? []).some((w) => !MATH.has(w));
const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
const THAI = /[\u0E00-\u0E7F]/;

/** A sentence in English and, where the renderer can show it in Thai, in Thai. */
interface Said {
  where: string;
  english: string;
  th: string | undefined;
}

/** Words the renderer keeps as a message (or, where the core has none, as its English sentence). */
const said = (where: string, w: Words | undefined): Said =>
  typeof w === "string" || w === undefined
    ? { where, english: w ?? "", th: undefined }
    : { where, english: say(w, "en"), th: say(w, "th") };
function fromMsg(where: string, english: string, m: Msg | undefined): Said {
  if (m) expect(say(m, "en"), where).toBe(english);
  return m ? said(where, m) : { where, english, th: undefined };
}

function sentences(view: MethodView, panel: string): Said[] {
  const out: Said[] = [];
  // Steps come printed in each language.
  view.steps.forEach(({ en, th }, i) => {
    out.push({ where: `${panel} step ${i + 1} note`, english: en.note ?? "", th: th.note });
    out.push({ where: `${panel} step ${i + 1} text`, english: en.text, th: th.text });
    out.push({ where: `${panel} step ${i + 1} latex`, english: en.latex, th: th.latex });
  });
  out.push(said(`${panel} reason`, view.reason));
  return out;
}

type Case = {
  name: string;
  text: string;
  x0: Record<string, number>;
  lr: number;
  tol: number;
  maxIter: number;
};
const preset = (id: string): Case => {
  const p = PRESETS.find((q) => q.id === id)!;
  return { name: id, text: p.text, x0: p.x0, lr: p.lr, tol: p.tol, maxIter: p.maxIter };
};
const CASES: Case[] = [
  ...PRESETS.map((p) => preset(p.id)),
  { name: "diverging (lr 1.5)", text: "x^2 - 4x", x0: { x: 10 }, lr: 1.5, tol: 1e-3, maxIter: 1000 },
  { name: "falling (x^3 - 3x from -3)", text: "x^3 - 3x", x0: { x: -3 }, lr: 0.02, tol: 1e-6, maxIter: 1000 },
  { name: "max-iter", text: "x^4", x0: { x: 1 }, lr: 0.01, tol: 0, maxIter: 50 },
  { name: "plateau (at a maximum)", text: "-x^2", x0: { x: 0 }, lr: 0.1, tol: 1e-3, maxIter: 100 },
];

function views(c: Case): Said[] {
  const node = parse(c.text);
  const vars = variables(node);
  const out = [
    ...sentences(closedFormView(node), "closed form"),
    ...sentences(calculusView(node), "calculus"),
  ];
  const run = descend(node, vars, {
    x0: vars.map((v) => c.x0[v] ?? 1),
    optimizer: vars.length > 1 ? "adam" : "sgd",
    lr: c.lr,
    params: DEFAULT_PARAMS[vars.length > 1 ? "adam" : "sgd"],
    tol: c.tol,
    maxIter: c.maxIter,
    color: "#000",
  });
  if (!run.ok) throw new Error(run.message);
  const t: Translate = (k, v) => translate("th", k, v);
  const gd = descentSteps(run.run, { lr: c.lr, tol: c.tol, t, num: (x, d) => formatNumber("th", x, d) });
  out.push(...sentences(gd, "descent"), said("run message", run.run.message));
  // The core's comparison: its verdict, one line per method and the tolerances in words.
  const name = vars.length > 1 ? "adam" : "sgd";
  const cmp = compare(node, {
    x0: Object.fromEntries(vars.map((v) => [v, c.x0[v] ?? 1])),
    optimizer: optimizerConfig(name, c.lr, DEFAULT_PARAMS[name]),
    tol: c.tol,
    maxIter: c.maxIter,
  });
  out.push(fromMsg("compare verdict message", cmp.verdict, cmp.verdictMsg));
  out.push(fromMsg("compare tolerance message", cmp.tolerance.words, cmp.tolerance.wordsMsg));
  for (const r of cmp.rows) out.push(fromMsg(`compare ${r.method} message`, r.summary, r.summaryMsg));
  return out;
}

describe("the core's sentences in Thai", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const all = views(c);
    expect(all.some((s) => s.th !== undefined)).toBe(true);
    for (const s of all) {
      const hasWords = ENGLISH.test(words(s.english)) || longWord(s.english);
      // Notes and reasons are always sentences.
      if (s.english && /^(closed form|calculus).*note|reason|message/.test(s.where))
        expect(s.th, s.where).toBeDefined();
      if (hasWords) expect(s.th, `${s.where} has no Thai: ${s.english}`).toBeDefined();
      const th = s.th;
      if (th === undefined) continue;
      if (hasWords) expect(th, `${s.where}: ${th}`).toMatch(THAI);
      expect(ENGLISH.test(words(th)), `${s.where} still has English: ${th}`).toBe(false);
      expect(numbers(th), `${s.where}: ${th} vs ${s.english}`).toEqual(numbers(s.english));
    }
  });
});
