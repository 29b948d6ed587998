// Lesson files where `npm run mutation core/files` found them loose: the size cap at its exact boundary (counted in
// UTF-8 bytes, each byte length at its code-point boundary), what is not a lesson, newer versions, and the field a
// refusal names. Byte counts come from Node's own UTF-8 encoder, not from typed-in numbers.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { controlAccess, LESSON_MAX_BYTES, LESSON_VERSION, readLesson, writeLesson } from "./lesson.ts";
import { SAMPLE_LESSON } from "./lesson.sample.ts";
import { msg } from "../messages/index.ts";

const megabytes = (n: number) => (n / 1_000_000).toFixed(1);

describe("the size cap, counted in UTF-8 bytes", () => {
  it.each(["\u007f", "\u0080", "\u07ff", "\u0800", "ก", "\uffff", "\u{10000}", "😀"])(
    "text of %j up to the cap is read, one byte more is refused",
    (ch) => {
      const body = ch.repeat(Math.floor((LESSON_MAX_BYTES - 10) / Buffer.byteLength(ch)));
      const at = body + "a".repeat(LESSON_MAX_BYTES - Buffer.byteLength(body));
      expect(Buffer.byteLength(at)).toBe(LESSON_MAX_BYTES);
      expect(readLesson(at)).toEqual({ ok: false, error: msg("lesson.notJson") });
      const over = at + "a";
      expect(readLesson(over)).toEqual({
        ok: false,
        error: msg("lesson.tooLarge", {
          size: megabytes(LESSON_MAX_BYTES + 1),
          max: megabytes(LESSON_MAX_BYTES),
        }),
      });
    },
  );

  it("a size given by the caller is what counts, and is said in megabytes", () => {
    const text = JSON.stringify(SAMPLE_LESSON);
    expect(readLesson(text, LESSON_MAX_BYTES).ok).toBe(true);
    expect(readLesson(text, 2_500_000)).toEqual({
      ok: false,
      error: msg("lesson.tooLarge", { size: megabytes(2_500_000), max: megabytes(LESSON_MAX_BYTES) }),
    });
  });

  it("writing refuses a lesson past the cap", () => {
    const x0 = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`w${i}`, i]));
    expect(() => writeLesson({ ...SAMPLE_LESSON, x0 })).toThrow(RangeError);
  });
});

describe("what is refused, and why", () => {
  it.each(["null", "[]", "3", '"descent-lesson"', '{"format":"other"}', "{}"])("%s is not a lesson", (text) =>
    expect(readLesson(text)).toEqual({ ok: false, error: msg("lesson.notLesson") }),
  );

  it("a newer version is refused as newer; a version that is not a number as invalid", () => {
    const newer = JSON.stringify({ ...SAMPLE_LESSON, version: LESSON_VERSION + 1 });
    expect(readLesson(newer)).toEqual({
      ok: false,
      error: msg("lesson.newer", { version: String(LESSON_VERSION + 1), supported: String(LESSON_VERSION) }),
    });
    const text = JSON.stringify({ ...SAMPLE_LESSON, version: String(LESSON_VERSION + 1) });
    expect(readLesson(text)).toEqual({ ok: false, error: msg("lesson.invalid", { field: "version" }) });
  });

  it("the refusal names the field, or — for the file as a whole", () => {
    const nested = JSON.stringify({ ...SAMPLE_LESSON, x0: { x: "ten" } });
    expect(readLesson(nested)).toEqual({ ok: false, error: msg("lesson.invalid", { field: "x0.x" }) });
    const extra = JSON.stringify({ ...SAMPLE_LESSON, extra: 1 });
    expect(readLesson(extra)).toEqual({ ok: false, error: msg("lesson.invalid", { field: "—" }) });
  });

  it("a control the lesson does not mention is open", () => {
    expect(controlAccess({ controls: {} }, "lr")).toBe("open");
    expect(controlAccess({ controls: { lr: "hidden" } }, "lr")).toBe("hidden");
  });
});
