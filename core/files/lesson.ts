// A lesson file (`.descent.json`): what a teacher prepares at home and opens in class. Main (desktop) and the
// renderer (web mode) read it through this one module, so both refuse the same damaged or newer files with
// the same message. Reading never changes the file: a refusal is data, `{ ok: false, error }`.
import { z } from "zod";
import { msg, type Msg } from "../messages/index.ts";

// zod compiles validators with `new Function` where it may; the page's CSP forbids eval, and even zod's probe
// for it is reported as a violation. A lesson is validated once per open or save: the plain path is enough.
z.config({ jitless: true });

export const LESSON_FORMAT = "descent-lesson";
/** Bump when a field changes meaning; older readers then refuse the file instead of misreading it. */
export const LESSON_VERSION = 1;
/** A lesson is a few kilobytes; anything past this is not one of ours (and would stall the window). */
export const LESSON_MAX_BYTES = 1_000_000;
export const LESSON_EXTENSION = ".descent.json";

/** Controls a teacher can lock (visible, not editable) or hide from students. */
export const LESSON_CONTROLS = [
  "function",
  "presets",
  "start",
  "lr",
  "optimizer",
  "params",
  "stopping",
  "compare",
] as const;
export type LessonControl = (typeof LESSON_CONTROLS)[number];
export type ControlAccess = "open" | "locked" | "hidden";

// zod 4's number() already refuses NaN and ±Infinity; JSON.parse turns 1e999 into Infinity, so this matters.
const finite = z.number();
const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/);

export const lessonSchema = z
  .object({
    format: z.literal(LESSON_FORMAT),
    version: z.literal(LESSON_VERSION),
    function: z.string().max(2000),
    preset: z.string().max(64).nullable(),
    language: z.enum(["en", "th"]),
    x0: z.record(name, finite),
    lr: finite.positive(),
    tol: finite.positive(),
    maxIter: z.number().int().min(1).max(1_000_000),
    optimizer: name,
    params: z.record(name, z.record(name, z.union([finite, z.boolean()]))),
    compareWith: z.array(name).max(16),
    notes: z.string().max(100_000),
    controls: z.partialRecord(z.enum(LESSON_CONTROLS), z.enum(["open", "locked", "hidden"])),
  })
  .strict();

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; error: Msg };

/** UTF-8 length without TextEncoder (core has no DOM or Node types): Thai letters take three bytes. */
function bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Reads a lesson from the file's text; every way a file can be wrong becomes one clear message. `size` is the
 * file's size in bytes where the caller knows it (a reader may stop reading past the cap).
 */
export function readLesson(text: string, size = bytes(text)): LessonResult {
  if (size > LESSON_MAX_BYTES)
    return fail(msg("lesson.tooLarge", { size: megabytes(size), max: megabytes(LESSON_MAX_BYTES) }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(msg("lesson.notJson"));
  }
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== LESSON_FORMAT)
    return fail(msg("lesson.notLesson"));
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version > LESSON_VERSION)
    return fail(msg("lesson.newer", { version: String(version), supported: String(LESSON_VERSION) }));
  const parsed = lessonSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(msg("lesson.invalid", { field: issue.path.join(".") || "—" }));
  }
  return { ok: true, lesson: parsed.data };
}

/** The file's text: stable key order, two-space indent, a final newline (diff-friendly for teachers). */
export function writeLesson(lesson: Lesson): string {
  const checked = lessonSchema.parse(lesson);
  const text = JSON.stringify(checked, null, 2) + "\n";
  if (bytes(text) > LESSON_MAX_BYTES) throw new RangeError("lesson larger than the size cap");
  return text;
}

export const controlAccess = (lesson: Pick<Lesson, "controls">, control: LessonControl): ControlAccess =>
  lesson.controls[control] ?? "open";

const fail = (error: Msg): LessonResult => ({ ok: false, error });
const megabytes = (n: number) => (n / 1_000_000).toFixed(1);
