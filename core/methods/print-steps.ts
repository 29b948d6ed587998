// The one printer of worked steps: a method computes first and hands back its steps as data (maths and message
// ids with their parameters); this module writes them as text, LaTeX and a language, at the edge (the command
// line, the panels, a worksheet). Like KaTeX's parse tree → build tree.

import { LANGS, say, type Lang, type Msg } from "../messages/index.ts";
import { printMaths, type Maths } from "./print-maths.ts";

/**
 * One line on the board, as data.
 * shows  the line itself: maths (printed as LaTeX, and as plain text unless `says` is given), or a message whose
 *        template is LaTeX (`cf.vertexLatex`)
 * says   the plain-text line, when it is a sentence rather than the formula
 * note   why this line follows
 */
export interface StepData {
  shows: Maths | Msg;
  says?: Msg;
  note?: Msg;
}

/** A step as it is printed: the shape the command line's JSON has always had. */
export interface PrintedStep {
  text: string;
  latex: string;
  note?: string;
  /** The panels only: the plain line is words (a sentence in the language), not an ASCII copy of the formula,
   *  so it is worth showing under the maths. Not part of the CLI's JSON. */
  sentence?: true;
}

const isMsg = (v: Maths | Msg): v is Msg => typeof v === "object" && "id" in v && "params" in v;

export function printStep(s: StepData, lang: Lang = "en"): PrintedStep {
  const latex = isMsg(s.shows) ? say(s.shows, lang, "latex") : printMaths(s.shows, "latex");
  const text = s.says ? say(s.says, lang) : isMsg(s.shows) ? say(s.shows, lang) : printMaths(s.shows, "text");
  const out: PrintedStep = { text, latex };
  if (s.note) out.note = say(s.note, lang);
  return out;
}

export const printSteps = (list: readonly StepData[], lang: Lang = "en"): PrintedStep[] =>
  list.map((s) => printStep(s, lang));

/** Every language at once: what crosses to a panel (a worker cannot send nodes, and the language can switch). */
export const printStepsAll = (list: readonly StepData[]): Record<Lang, PrintedStep>[] =>
  list.map(
    (s) =>
      Object.fromEntries(
        LANGS.map((l) => [
          l,
          s.says || isMsg(s.shows) ? { ...printStep(s, l), sentence: true } : printStep(s, l),
        ]),
      ) as Record<Lang, PrintedStep>,
  );
