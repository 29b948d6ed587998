// Answers and runs for the judge (core/methods/compare.ts), built in one line each by its tests.

import type { JudgedAnswer, JudgedRun } from "../methods/compare.ts";

/** A minimum at `argmin` with value `min` (plus any other fields). */
export const at = (argmin: number[], min: number, extra: Partial<JudgedAnswer> = {}): JudgedAnswer => ({
  status: "minimum",
  argmin,
  min,
  ...extra,
});

/** No minimum: only a status. */
export const no = (status: JudgedAnswer["status"]): JudgedAnswer => ({ status });

/** A descent run that ended at `argmin` with value `min`. */
export const ran = (
  argmin: number[],
  min: number,
  status: JudgedRun["status"] = "converged",
  flat = false,
): JudgedRun => ({
  status,
  argmin,
  min,
  flat,
});
