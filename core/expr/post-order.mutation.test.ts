// The two walks where `npm run mutation core/expr/post-order.ts` found them loose: bottomUp computes a node once
// even when it is waiting on the stack twice (a dependency of two nodes, met before and after), and postOrder lists
// shared children once, children first.
import { describe, expect, it } from "vitest";
import { bottomUp, postOrder } from "./post-order.ts";

// root → a, b; b → a: a is pushed for root and again for b before it is computed.
const DEPS: Record<string, string[]> = { root: ["a", "b"], b: ["a"], a: [] };

describe("post-order walks", () => {
  it("bottomUp computes each node once, dependencies first", () => {
    const order: string[] = [];
    const value = bottomUp(
      "root",
      (n) => DEPS[n]!,
      new Map<string, number>(),
      (n) => {
        order.push(n);
        return order.length;
      },
    );
    expect(order).toEqual(["a", "b", "root"]);
    expect(value).toBe(3);
  });

  it("postOrder lists a shared child once, before its parents", () => {
    expect(postOrder("root", (n) => DEPS[n]!)).toEqual(["a", "b", "root"]);
  });
});
