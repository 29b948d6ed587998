// The core's steps as the panels' views: printed once per language here, at the edge (a worker cannot send the
// nodes inside them, and a language switch needs no recompute). Shared by the main thread and the calculus
// worker, so it imports no solver.
import { printStepsAll, type StepData } from "../../../core/index.ts";
import type { StepView } from "./model.ts";
import { numbersInText } from "./i18n.ts";
import { LANGS } from "../../../core/index.ts";

/** The words under each line (its note, and its plain line where that is a sentence) write their numbers as the
 *  panels do (−4, not -4; 1.5 × 10⁻⁸); the maths itself is KaTeX's. */
export const stepViews = (list: readonly StepData[]): StepView[] =>
  printStepsAll(list).map((byLang) => {
    const out = { ...byLang };
    for (const l of LANGS) {
      const p = byLang[l];
      out[l] = {
        ...p,
        ...(p.note ? { note: numbersInText(p.note, l) } : {}),
        ...(p.sentence ? { text: numbersInText(p.text, l) } : {}),
      };
    }
    return out;
  });
