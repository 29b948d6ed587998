// Gradient descent's settings refused with their whole message as data, pinned where `npm run mutation
// core/methods/descent-options.ts` found them loose. Parameters are the settings as the user gave them.
import { describe, expect, it } from "vitest";
import { attempt } from "../expr/errors.ts";
import { msg } from "../messages/index.ts";
import { parse } from "../expr/parser.ts";
import { runDescent, type DescentOptions } from "./descent.ts";
import { checkMaxIter } from "./descent-options.ts";

function refusal(options: unknown) {
  const r = attempt(() => runDescent(parse("x^2"), options as DescentOptions));
  return r.ok ? null : { code: r.error.code, msg: r.error.msg };
}

describe("a refused setting carries its whole message as data", () => {
  const max = "100000";
  it.each<[string, unknown, ReturnType<typeof msg>]>([
    ["no x0", { x0: null }, msg("gd.x0Missing")],
    ["x0 a number", { x0: 3 }, msg("gd.x0Missing")],
    ["x0 without x", { x0: { y: 1 } }, msg("gd.x0Value", { v: "x" })],
    ["x a string", { x0: { x: "1" } }, msg("gd.x0Finite", { v: "x", got: "1" })],
    ["x = NaN", { x0: { x: NaN } }, msg("gd.x0Finite", { v: "x", got: "NaN" })],
    ["tol a string", { x0: { x: 1 }, tol: "0.1" }, msg("gd.tol", { got: "0.1" })],
    ["tol < 0", { x0: { x: 1 }, tol: -1 }, msg("gd.tol", { got: "-1" })],
    ["tol = ∞", { x0: { x: 1 }, tol: Infinity }, msg("gd.tol", { got: "Infinity" })],
    [
      "maxIter a string",
      { x0: { x: 1 }, maxIter: "10" },
      msg("gd.maxIterRange", { key: "maxIter", max, got: "10" }),
    ],
    [
      "maxIter 1.5",
      { x0: { x: 1 }, maxIter: 1.5 },
      msg("gd.maxIterRange", { key: "maxIter", max, got: "1.5" }),
    ],
    ["maxIter −1", { x0: { x: 1 }, maxIter: -1 }, msg("gd.maxIterRange", { key: "maxIter", max, got: "-1" })],
    [
      "maxIter 100001",
      { x0: { x: 1 }, maxIter: 100_001 },
      msg("gd.maxIterRange", { key: "maxIter", max, got: "100001" }),
    ],
  ])("%s", (_, options, expected) =>
    expect(refusal(options)).toStrictEqual({ code: "invalid_option", msg: expected }),
  );

  it("the CLI names maxIter its own way", () => {
    const r = attempt(() => checkMaxIter(-1, "--max-iter"));
    expect(r.ok ? null : r.error.msg).toStrictEqual(
      msg("gd.maxIterRange", { key: "--max-iter", max: "100000", got: "-1" }),
    );
  });

  it("tol 0 and maxIter 0 and 100000 are accepted", () => {
    for (const options of [{ tol: 0 }, { maxIter: 0 }, { maxIter: 100_000, tol: 1 }])
      expect(refusal({ x0: { x: 1 }, ...options })).toBeNull();
  });
});
