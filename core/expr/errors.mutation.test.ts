// Errors as data, where `npm run mutation core/expr/parse-errors.ts` and `errors.ts` found them loose: what the
// parser says at a token it cannot use (after a token, at the start, a ')' with or without an open '('), the length
// limit met exactly, and DescentError's defaults, JSON form and attempt(), which turns only DescentErrors into data.
import { describe, expect, it } from "vitest";
import { msg, type Msg } from "../messages/index.ts";
import { DescentError, attempt } from "./errors.ts";
import { MAX_LENGTH, tryRead } from "./parser.ts";

describe("unexpected tokens, as catalog data", () => {
  it.each<[string, [number, number], Msg]>([
    ["x + * 2", [4, 5], msg("parse.unexpectedAfter", { t: "'*'", prev: "'+'" })],
    ["* 2", [0, 1], msg("parse.unexpected", { t: "'*'" })],
    ["x + 1)", [5, 6], msg("parse.strayClose")],
    ["(x) + 1)", [7, 8], msg("parse.strayClose")],
    ["(x + )", [5, 6], msg("parse.unexpectedAfter", { t: "')'", prev: "'+'" })],
    ["((x) + )", [7, 8], msg("parse.unexpectedAfter", { t: "')'", prev: "'+'" })],
    ["x +", [3, 3], msg("parse.endsEarly")],
  ])("%j", (input, span, m) => {
    const r = tryRead(input);
    expect(r.ok ? null : [r.error.span, r.error.msg]).toEqual([span, m]);
  });

  it(`${MAX_LENGTH} characters are read; one more is too_long, pointing past the limit`, () => {
    expect(tryRead("x".repeat(MAX_LENGTH)).ok).toBe(true);
    const r = tryRead("x".repeat(MAX_LENGTH + 1));
    expect(r.ok ? null : [r.error.code, r.error.span, r.error.msg]).toEqual([
      "too_long",
      [MAX_LENGTH, MAX_LENGTH + 1],
      msg("parse.tooLong", { n: String(MAX_LENGTH + 1), max: String(MAX_LENGTH) }),
    ]);
  });
});

describe("DescentError", () => {
  it("defaults, name and JSON form", () => {
    const e = new DescentError("domain", "no");
    expect([e.name, e.span, e.msg]).toEqual(["DescentError", [0, 0], undefined]);
    expect(JSON.parse(JSON.stringify(new DescentError("too_long", "long", [2, 5])))).toEqual({
      code: "too_long",
      message: "long",
      span: [2, 5],
    });
  });

  it("attempt turns a DescentError into data and lets anything else through", () => {
    const e = new DescentError("domain", "no");
    expect(attempt(() => 1)).toEqual({ ok: true, value: 1 });
    expect(
      attempt(() => {
        throw e;
      }),
    ).toEqual({ ok: false, error: e });
    expect(() =>
      attempt(() => {
        throw new TypeError("a bug");
      }),
    ).toThrow(TypeError);
  });
});
