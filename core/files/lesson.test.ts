import { describe, expect, it } from "vitest";
import { LESSON_MAX_BYTES, LESSON_VERSION, readLesson, writeLesson } from "./lesson.ts";
import { say, type MsgId } from "../messages/index.ts";
import { SAMPLE_LESSON } from "./lesson.sample.ts";

const good = writeLesson(SAMPLE_LESSON);
const edit = (f: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(good) as Record<string, unknown>;
  f(o);
  return JSON.stringify(o);
};

describe("lesson files", () => {
  it("write → read gives the same lesson back, and the text is stable", () => {
    const read = readLesson(good);
    expect(read).toEqual({ ok: true, lesson: SAMPLE_LESSON });
    expect(writeLesson(SAMPLE_LESSON)).toBe(good);
    expect(good.endsWith("}\n")).toBe(true);
  });

  const flipped = good.slice(0, 40) + String.fromCharCode(good.charCodeAt(40) ^ 0x20) + good.slice(41);
  const cases: [string, string, MsgId, string?][] = [
    ["truncated", good.slice(0, good.length / 2), "lesson.notJson"],
    ["empty", "", "lesson.notJson"],
    ["flipped bytes in a key", flipped, "lesson.invalid"],
    ["not a lesson at all", '{"hello": 1}', "lesson.notLesson"],
    ["a JSON array", "[1, 2]", "lesson.notLesson"],
    ["a newer version", edit((o) => (o.version = LESSON_VERSION + 1)), "lesson.newer"],
    ["a missing key", edit((o) => delete o.function), "lesson.invalid", "function"],
    ["an infinite learning rate (1e999)", good.replace('"lr": 0.002', '"lr": 1e999'), "lesson.invalid", "lr"],
    ["NaN as a start", good.replace('"x": -1.2', '"x": NaN'), "lesson.notJson"],
    ["null as a start", good.replace('"x": -1.2', '"x": null'), "lesson.invalid", "x0.x"],
    ["a negative learning rate", edit((o) => (o.lr = -1)), "lesson.invalid", "lr"],
    ["an unknown language", edit((o) => (o.language = "fr")), "lesson.invalid", "language"],
    ["an unknown control", edit((o) => (o.controls = { everything: "locked" })), "lesson.invalid"],
    ["an extra key", edit((o) => (o.script = "alert(1)")), "lesson.invalid"],
    ["6 MB of notes", edit((o) => (o.notes = "x".repeat(6_000_000))), "lesson.tooLarge"],
  ];

  it.each(cases)("refuses %s with a clear message", (_, text, id, field) => {
    const read = readLesson(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.id).toBe(id);
    if (field) expect(read.error.params).toMatchObject({ field });
    for (const lang of ["en", "th"] as const) expect(say(read.error, lang).length).toBeGreaterThan(20);
  });

  it("the size cap is measured in bytes (Thai notes take three bytes a letter)", () => {
    const notes = "ก".repeat(Math.ceil(LESSON_MAX_BYTES / 3));
    expect(readLesson(edit((o) => (o.notes = notes)))).toMatchObject({
      ok: false,
      error: { id: "lesson.tooLarge" },
    });
  });
});
