// A rewrite keeps the value: the output equals the input at sample points wherever the input is defined (the
// simplifier's correctness rule), to 1e-12 relative. For tests that pin a rewritten form.

import { expect } from "vitest";
import { evaluate } from "../diff/autodiff.ts";
import { DescentError } from "../expr/errors.ts";
import type { Node } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";

const POINTS = [-1.7, -0.4, 0.3, 0.9, 2.2];

/** The value where f is defined, NaN where evaluate refuses the point. */
function valueAt(f: Node, at: Record<string, number>): number {
  try {
    return evaluate(f, at);
  } catch (e) {
    if (e instanceof DescentError) return NaN;
    throw e;
  }
}

/** `output` has `input`'s value at x (and y = x/3 + 0.5) wherever `input` is defined. */
export function sameValues(input: string, output: string): void {
  const [f, g] = [parse(input), parse(output)];
  for (const x of POINTS) {
    const at = { x, y: x / 3 + 0.5 };
    const want = valueAt(f, at);
    if (!Number.isFinite(want)) continue;
    expect(Math.abs(valueAt(g, at) - want), `${input} → ${output} at x = ${x}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(want)),
    );
  }
}
