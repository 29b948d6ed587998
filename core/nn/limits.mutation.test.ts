// The bounds of limits.ts at their edges, where `npm run mutation core/nn/limits.ts` looks: each check accepts its
// bound exactly and refuses one step past it, with its code and whole catalog message; values are shown as JSON.
import { describe, expect, it } from "vitest";
import { DescentError } from "../expr/errors.ts";
import { msg } from "../messages/index.ts";
import {
  checkLayers,
  checkNumber,
  checkOneOf,
  checkWhole,
  checkWork,
  fail,
  MAX_LINEAR,
  MAX_WIDTH,
} from "./limits.ts";
import { thrown } from "../test-support/errors.ts";

const invalid = (m: unknown) => ["invalid_option", [0, 0], m];

describe("limits", () => {
  it("checkNumber: both ends included, anything else (NaN, text) refused", () => {
    expect([checkNumber("k", -0.5, -0.5, 2), checkNumber("k", 2, -0.5, 2)]).toStrictEqual([-0.5, 2]);
    const range = (got: string) => invalid(msg("nn.range", { key: "k", min: "-0.5", max: "2", got }));
    expect(thrown(() => checkNumber("k", -0.5000001, -0.5, 2))).toStrictEqual(range("-0.5000001"));
    expect(thrown(() => checkNumber("k", 2.0000001, -0.5, 2))).toStrictEqual(range("2.0000001"));
    expect(thrown(() => checkNumber("k", NaN, -0.5, 2))).toStrictEqual(range("NaN"));
    expect(thrown(() => checkNumber("k", "1", -0.5, 2))).toStrictEqual(range('"1"'));
    expect(thrown(() => checkNumber("k", undefined, -0.5, 2))).toStrictEqual(range("undefined"));
  });

  it("checkWhole: whole numbers from min to max, both included", () => {
    expect([checkWhole("n", 3, 3, 5), checkWhole("n", 5, 3, 5)]).toStrictEqual([3, 5]);
    const whole = (got: string) => invalid(msg("nn.whole", { key: "n", min: "3", max: "5", got }));
    for (const [v, got] of [
      [2, "2"],
      [6, "6"],
      [4.5, "4.5"],
      ["4", '"4"'],
      [null, "null"],
    ] as const)
      expect(thrown(() => checkWhole("n", v, 3, 5))).toStrictEqual(whole(got));
  });

  it("checkOneOf: the names listed, nothing else", () => {
    expect(checkOneOf("kind", "b", ["a", "b"])).toBe("b");
    expect(thrown(() => checkOneOf("kind", "c", ["a", "b"]))).toStrictEqual(
      invalid(msg("nn.oneOf", { key: "kind", names: "a, b", got: '"c"' })),
    );
  });

  it("checkLayers: 2 to MAX_LINEAR + 1 sizes from 1 to MAX_WIDTH, returned as a copy", () => {
    const given = [1, MAX_WIDTH];
    const out = checkLayers(given);
    expect(out).toStrictEqual(given);
    expect(out).not.toBe(given);
    const longest = Array<number>(MAX_LINEAR + 1).fill(2);
    expect(checkLayers(longest)).toStrictEqual(longest);
    const layers = (got: string) =>
      invalid(
        msg("nn.layers", { key: "layers", maxLinear: String(MAX_LINEAR), maxWidth: String(MAX_WIDTH), got }),
      );
    for (const bad of [[3], [...longest, 2], [0, 2], [2, MAX_WIDTH + 1], [2, 1.5], ["2", 2], "2,2"])
      expect(thrown(() => checkLayers(bad))).toStrictEqual(layers(JSON.stringify(bad)));
  });

  it("checkWork: up to the bound is fine, one more is too_complex naming the bound", () => {
    expect(thrown(() => checkWork(msg("nn.what.points"), 10, 10))).toBeNull();
    expect(thrown(() => checkWork(msg("nn.what.points"), 11, 10))).toStrictEqual([
      "too_complex",
      [0, 0],
      msg("nn.tooMuch", { what: msg("nn.what.points"), n: "11", max: "10" }),
    ]);
  });

  it("fail: invalid_option unless another code is given, the message said in English", () => {
    const m = msg("nn.what.steps");
    expect(thrown(() => fail(m))).toStrictEqual(invalid(m));
    try {
      fail(m, "domain");
    } catch (e) {
      expect([(e as DescentError).code, (e as DescentError).message]).toStrictEqual([
        "domain",
        "epochs × batches per epoch",
      ]);
    }
  });
});
