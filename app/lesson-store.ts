// Lesson files on disk: open (never modifying the file), save atomically, and the recovery copy that autosave
// keeps of unsaved work. Paths reach here only from main's own dialogs or its recent list, never from the page.
import { mkdir, open as openFile, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import { LESSON_MAX_BYTES, readLesson, writeLesson, type Lesson } from "../core/files/lesson.ts";
import { msg, type Msg } from "../core/messages/index.ts";
import { saveFailure, writeFileAtomic, type SaveFs } from "./atomic-file.ts";

export type Opened = { ok: true; lesson: Lesson; name: string } | { ok: false; error: Msg };
export type Saved = { ok: true; name: string } | { ok: false; error: Msg };

export async function openLessonFile(file: string): Promise<Opened> {
  let text: string;
  try {
    // Read at most one byte past the cap, so a 6 GB file costs no more than a 1 MB one.
    const handle = await openFile(file, "r");
    try {
      const buffer = Buffer.alloc(LESSON_MAX_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      text = buffer.subarray(0, bytesRead).toString("utf8");
      if (bytesRead > LESSON_MAX_BYTES) {
        const refused = readLesson("", (await handle.stat()).size);
        if (!refused.ok) return refused;
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EIO";
    return { ok: false, error: msg("lesson.openFailed", { why: msg("lesson.why.other", { code }) }) };
  }
  const read = readLesson(text);
  return read.ok ? { ok: true, lesson: read.lesson, name: path.basename(file) } : read;
}

export async function saveLessonFile(file: string, lesson: Lesson, fs?: SaveFs): Promise<Saved> {
  const text = writeLesson(lesson); // a lesson the schema refuses is a bug in the caller: let it surface
  try {
    await writeFileAtomic(file, text, fs);
    return { ok: true, name: path.basename(file) };
  } catch (error) {
    return { ok: false, error: saveFailure(error) };
  }
}

/** The recovery copy of unsaved work, in the app's own data folder. */
export const recoveryFile = (dataFolder: string) => path.join(dataFolder, "recovery.descent.json");

export async function writeRecovery(dataFolder: string, lesson: Lesson): Promise<void> {
  await mkdir(dataFolder, { recursive: true });
  await writeFileAtomic(recoveryFile(dataFolder), writeLesson(lesson));
}

/** The unsaved lesson a crash left behind, if any (a damaged copy is simply not offered). */
export async function readRecovery(dataFolder: string): Promise<Lesson | null> {
  const text = await readFile(recoveryFile(dataFolder), "utf8").catch(() => null);
  if (text === null) return null;
  const read = readLesson(text);
  return read.ok ? read.lesson : null;
}

export async function clearRecovery(dataFolder: string): Promise<void> {
  await unlink(recoveryFile(dataFolder)).catch(() => {});
}
