// The core's one entry: the pipeline from the text a teacher types to the three answers, top to bottom.
//
//   text ──parse──▶ expression graph (interned DAG)
//        ──derivative──▶ f′ / ∇f in textbook form (toText, toLatex)
//        ──closedForm / calculus / runDescent──▶ the three answers, each with its worked steps (as data)
//        ──printSteps──▶ those steps as text, LaTeX, in English or Thai
//        ──compare──▶ side by side, whether they agree

export { DescentError, attempt, type ErrorCode, type Result, type Span } from "./errors.ts";
export { variables, countOps, topoOrder, type Node } from "./node.ts";
export { parse, tryParse, MAX_LENGTH, MAX_DEPTH } from "./parser.ts";
export { toText } from "./print-text.ts";
export { toLatex } from "./print-latex.ts";
export { toTorch, pythonName, pythonNumber } from "./print-python.ts";
export { evaluate, valueAndGrad, compile, type Compiled } from "./autodiff.ts";
export { derivative } from "./derivative.ts";
export { rawDerivative } from "./raw-derivative.ts";
export { simplify } from "./simplify/index.ts";
export {
  readLesson,
  writeLesson,
  lessonSchema,
  controlAccess,
  LESSON_CONTROLS,
  LESSON_EXTENSION,
  LESSON_VERSION,
  type Lesson as LessonFile,
  type LessonControl,
  type ControlAccess,
} from "./lesson.ts";
export { tensor, noGrad, Tensor, AutogradError } from "./tensor.ts";
export {
  traceAutograd,
  crossCheck,
  type AutogradTrace,
  type GraphNode,
  type TraceStep,
  type ChainPart,
} from "./autograd-trace.ts";
export { closedForm, type ClosedFormResult } from "./closed-form.ts";
export { calculus, type CalculusResult, type CriticalPoint } from "./calculus.ts";
export { runDescent, type DescentRun, type DescentOptions } from "./descent.ts";
export { OPTIMIZER_NAMES, DEFAULTS as OPTIMIZER_DEFAULTS, type OptimizerConfig } from "./optimizers.ts";
export { compare, type Comparison, type CompareOptions } from "./compare.ts";
export { printStep, printSteps, type PrintedStep, type StepData } from "./print-steps.ts";

import { tryParse } from "./parser.ts";
import { compare, type CompareOptions, type Comparison } from "./compare.ts";
import { derivative } from "./derivative.ts";
import { variables, type Node } from "./node.ts";
import { toLatex } from "./print-latex.ts";
import { toText } from "./print-text.ts";
import { attempt, type Result } from "./errors.ts";

export interface Lesson {
  expr: Node;
  vars: string[];
  latex: string;
  derivatives: Record<string, { text: string; latex: string }>;
  comparison: Comparison;
}

/** The whole pipeline for one function: parse, differentiate, the three methods, and their comparison. */
export function lesson(text: string, options: CompareOptions = {}): Result<Lesson> {
  const parsed = tryParse(text);
  if (!parsed.ok) return parsed;
  const expr = parsed.value;
  return attempt(() => {
    const vars = variables(expr);
    const derivatives: Lesson["derivatives"] = {};
    for (const v of vars) {
      const d = derivative(expr, v);
      derivatives[v] = { text: toText(d), latex: toLatex(d) };
    }
    return { expr, vars, latex: toLatex(expr), derivatives, comparison: compare(expr, options) };
  });
}
