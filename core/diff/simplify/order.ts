// Textbook order: a total, deterministic order on canonical nodes, so a sum or product reads the same however
// the student wrote it (x + 1 and 1 + x give one result) and like terms meet.

import type { Node } from "../../expr/node.ts";

const VAR_RANK: Record<string, number> = { x: 0, y: 1, z: 2 };
export const varRank = (name: string) => VAR_RANK[name] ?? 3;

export function cmpVar(a: string, b: string): number {
  return varRank(a) - varRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const KIND_RANK = { num: 0, const: 1, sym: 2, apply: 3 } as const;

/** Structural comparison; beyond a depth bound it falls back to creation order (still total and fixed in a run). */
export function cmpNode(a: Node, b: Node, depth = 0): number {
  if (a === b) return 0;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  switch (a.kind) {
    case "num":
      return a.value - (b as typeof a).value;
    case "const":
      return a.name === "pi" ? -1 : 1;
    case "sym":
      return cmpVar(a.name, (b as typeof a).name);
    case "apply": {
      const bb = b as typeof a;
      if (a.op !== bb.op)
        // Stryker disable next-line EqualityOperator: the two ops differ here, so < and <= agree
        return a.op < bb.op ? -1 : 1;
      if (depth > 40) return a.id - b.id;
      for (const [i, arg] of a.args.entries()) {
        const c = cmpNode(arg, bb.args[i]!, depth + 1);
        if (c !== 0) return c;
      }
      return 0;
    }
  }
}
