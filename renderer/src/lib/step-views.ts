// The core's steps as the panels' views, keeping the messages their words came from (so a panel can show them
// in the UI language). Shared by the main thread and the calculus worker, so it imports no solver.
import type { Step } from "../../../core/method-result.ts";
import type { StepView } from "./model.ts";

export const stepViews = (list: readonly Step[]): StepView[] =>
  list.map((s) => ({
    latex: s.latex,
    text: s.text,
    note: s.note,
    noteMsg: s.noteMsg,
    textMsg: s.textMsg,
    latexMsg: s.latexMsg,
  }));
