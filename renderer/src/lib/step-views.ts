// The core's steps as the panels' views: printed once per language here, at the edge (a worker cannot send the
// nodes inside them, and a language switch needs no recompute). Shared by the main thread and the calculus
// worker, so it imports no solver.
import { printStepsAll, type StepData } from "../../../core/index.ts";
import type { StepView } from "./model.ts";

export const stepViews = (list: readonly StepData[]): StepView[] => printStepsAll(list);
