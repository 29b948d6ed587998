// The core's one entry: the pipeline from the text a teacher types to the three answers, top to bottom.
//
//   text ──parse──▶ expression graph (interned DAG)
//        ──derivative──▶ f′ / ∇f in textbook form (toText, toLatex)
//        ──closedForm / calculus / runDescent──▶ the three answers, each with its worked steps (as data)
//        ──printSteps──▶ those steps as text, LaTeX, in English or Thai
//        ──compare──▶ side by side, whether they agree

export { DescentError, attempt, type ErrorCode, type Result, type Span } from "./expr/errors.ts";
export { variables, countOps, topoOrder, type Node } from "./expr/node.ts";
export { parse, tryParse, MAX_LENGTH, MAX_DEPTH } from "./expr/parser.ts";
export { toText } from "./expr/print-text.ts";
export { toLatex } from "./expr/print-latex.ts";
export { toTorch, pythonName, pythonNumber } from "./expr/print-python.ts";
export { evaluate, valueAndGrad, compile, type Compiled } from "./diff/autodiff.ts";
export { derivative } from "./diff/derivative.ts";
export { rawDerivative } from "./diff/raw-derivative.ts";
export { simplify } from "./diff/simplify/index.ts";
export {
  readLesson,
  writeLesson,
  lessonSchema,
  controlAccess,
  LESSON_CONTROLS,
  LESSON_EXTENSION,
  LESSON_VERSION,
  type Lesson,
  type LessonControl,
  type ControlAccess,
} from "./files/lesson.ts";
export { tensor, noGrad, Tensor, AutogradError } from "./diff/tensor.ts";
export {
  traceAutograd,
  crossCheck,
  type AutogradTrace,
  type GraphNode,
  type TraceStep,
  type ChainPart,
} from "./diff/autograd-trace.ts";
export { closedForm, type ClosedFormResult } from "./methods/closed-form.ts";
export { calculus, type CalculusResult, type CriticalPoint } from "./methods/calculus.ts";
export { runDescent, type DescentRun, type DescentRecord, type DescentOptions } from "./methods/descent.ts";
export {
  OPTIMIZER_NAMES,
  DEFAULTS as OPTIMIZER_DEFAULTS,
  type OptimizerConfig,
} from "./methods/optimizers.ts";
export { compare, type Comparison, type CompareOptions } from "./methods/compare.ts";
// The neural-network lesson: datasets, the tensor layer on the same autograd, the trainer.
export * from "./nn/index.ts";
export { printStep, printSteps, type PrintedStep, type StepData } from "./methods/print-steps.ts";
export { type CrossCheckRow } from "./diff/autograd-trace.ts";
export { Budget, withBudget } from "./expr/budget.ts";
export { FUNCTIONS, sym } from "./expr/node.ts";
export { FUNCTION_NAMES } from "./expr/ops.ts";
export { parseWithSpans, read, tryRead } from "./expr/parser.ts";
export { LESSON_FORMAT, LESSON_MAX_BYTES } from "./files/lesson.ts";
export { GLOSSARY } from "./messages/glossary.ts";
export {
  type Arg,
  LANGS,
  type Lang,
  type Msg,
  type UiId,
  msg,
  say,
  withoutMessages,
  portable,
} from "./messages/index.ts";
export { type JudgedAnswer, defaultStart, judge } from "./methods/compare.ts";
export { type StopReason } from "./methods/descent-loop.ts";
export { MAX_ITER_LIMIT, checkMaxIter } from "./methods/descent-options.ts";
export { DEFAULT_MAX_ITER, DEFAULT_TOL } from "./methods/descent.ts";
export { type StateField } from "./methods/optimizers.ts";
export { printStepsAll } from "./methods/print-steps.ts";
export { type Critical, startForGlobal, trappedAt } from "./methods/local-minimum.ts";
export { type Stability, contraction, niceBelow, stability, stabilityWords } from "./methods/stability.ts";
export { type Interval, type Point, fmt } from "./methods/result.ts";
export { setText } from "./methods/print-maths.ts";
export { type Along, type MinimumSetN, nearestInSet } from "./methods/minimum-set.ts";
export { setNText } from "./methods/minimum-set-text.ts";

import { tryParse } from "./expr/parser.ts";
import { compare, type CompareOptions, type Comparison } from "./methods/compare.ts";
import { derivative } from "./diff/derivative.ts";
import { variables, type Node } from "./expr/node.ts";
import { toLatex } from "./expr/print-latex.ts";
import { toText } from "./expr/print-text.ts";
import { attempt, type Result } from "./expr/errors.ts";

/** The whole pipeline's answer for one function (not a lesson file: that is `Lesson`, from files/lesson.ts). */
export interface LessonResult {
  expr: Node;
  vars: string[];
  latex: string;
  derivatives: Record<string, { text: string; latex: string }>;
  comparison: Comparison;
}

/** The whole pipeline for one function: parse, differentiate, the three methods, and their comparison. */
export function lesson(text: string, options: CompareOptions = {}): Result<LessonResult> {
  const parsed = tryParse(text);
  if (!parsed.ok) return parsed;
  const expr = parsed.value;
  return attempt(() => {
    const vars = variables(expr);
    const derivatives: LessonResult["derivatives"] = {};
    for (const v of vars) {
      const d = derivative(expr, v);
      derivatives[v] = { text: toText(d), latex: toLatex(d) };
    }
    return { expr, vars, latex: toLatex(expr), derivatives, comparison: compare(expr, options) };
  });
}
