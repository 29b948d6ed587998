import { describe, expect, it } from "vitest";
import { compile } from "./autodiff.ts";
import { type Node, apply, sym } from "../expr/node.ts";
import { OP_LIST } from "../expr/ops.ts";

// The tape restates each entry of ops.ts inline for speed; this table walk keeps the two identical.
const samples = [-3.5, -2, -1, -0.5, 0, 0.25, 0.5, 1, 2, 2.5, 700, 800];

describe("tape.ts agrees with ops.ts for every operation", () => {
  it.each(OP_LIST.map((s) => [s.op, s] as const))("%s", (_, s) => {
    const x = sym("x");
    const y = sym("y");
    const node: Node = apply(s.op, s.arity === 2 ? [x, y] : [x]);
    const c = compile(node, ["x", "y"]);
    const g = new Float64Array(2);
    for (const a of samples) {
      for (const b of s.arity === 2 ? samples : [0]) {
        const v = s.value(a, b);
        const got = c.valueAndGrad([a, b], g);
        const da = s.da(a, b, v);
        const db = s.arity === 2 ? s.db(a, b, v) : 0;
        if (!Number.isFinite(v) || !Number.isFinite(da) || !Number.isFinite(db)) {
          expect(got, `${s.op}(${a}, ${b})`).toBeNaN();
          expect(c.explain([a, b])?.code).toBe("domain");
          continue;
        }
        expect(got, `${s.op}(${a}, ${b})`).toBe(v);
        expect(g[0], `d${s.op}/da at (${a}, ${b})`).toBe(da + 0);
        expect(g[1], `d${s.op}/db at (${a}, ${b})`).toBe(db + 0);
        expect(c.explain([a, b])).toBeNull();
      }
    }
  });
});
