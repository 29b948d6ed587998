// Opening and saving lessons, and exporting, behind one interface: the desktop app asks main (which shows the
// dialogs and owns every path), a browser uses a file picker and a download. The rest of the UI cannot tell.
import { LESSON_MAX_BYTES, readLesson, writeLesson, type Lesson } from "../../../core/index.ts";
import type { Msg } from "../../../core/index.ts";

export type ExportKind = "png" | "svg" | "csv" | "py";
export type Done = { ok: true; name?: string } | { ok: false; error: Msg } | { ok: false; canceled: true };
export type Opened =
  { ok: true; lesson: Lesson; name: string } | { ok: false; error: Msg } | { ok: false; canceled: true };

export interface LessonFiles {
  readonly desktop: boolean;
  open(): Promise<Opened>;
  save(lesson: Lesson, name: string | null): Promise<Done>;
  saveAs(lesson: Lesson, name: string | null): Promise<Done>;
  exportFile(kind: ExportKind, name: string, data: string | Uint8Array): Promise<Done>;
  printHandout(name: string): Promise<Done>;
}

/** What app/preload.cts exposes (see desktop.d.ts). */
function desktopFiles(d: DescentDesktop): LessonFiles {
  return {
    desktop: true,
    open: () => d.openLesson(),
    save: (lesson) => d.saveLesson(lesson),
    saveAs: (lesson) => d.saveLessonAs(lesson),
    exportFile: (kind, name, data) => d.exportFile(kind, name, data),
    printHandout: (name) => d.printHandout(name),
  };
}

const TYPES: Record<ExportKind | "lesson", string> = {
  lesson: "application/json",
  png: "image/png",
  svg: "image/svg+xml",
  csv: "text/csv;charset=utf-8",
  py: "text/x-python;charset=utf-8",
};

function download(name: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A browser: open through a file picker, save and export as downloads, the handout through print. */
function webFiles(): LessonFiles {
  const save = async (lesson: Lesson, name: string | null): Promise<Done> => {
    const file = name ?? "lesson.descent.json";
    download(file, writeLesson(lesson), TYPES.lesson);
    return { ok: true, name: file };
  };
  return {
    desktop: false,
    open: () =>
      new Promise((resolve) => {
        const input = document.createElement("input");
        input.type = "file";
        input.accept = ".json,application/json";
        input.hidden = true;
        input.addEventListener("cancel", () => (input.remove(), resolve({ ok: false, canceled: true })));
        input.addEventListener("change", async () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve({ ok: false, canceled: true });
          // A file past the cap is refused by its size, without reading it.
          const text = file.size > LESSON_MAX_BYTES ? "" : await file.text();
          const read = readLesson(text, file.size);
          resolve(read.ok ? { ok: true, lesson: read.lesson, name: file.name } : read);
        });
        document.body.append(input);
        input.click();
      }),
    save,
    saveAs: save,
    exportFile: async (kind, name, data) => (download(name, data, TYPES[kind]), { ok: true, name }),
    printHandout: async () => (window.print(), { ok: true }),
  };
}

export const lessonFiles = (): LessonFiles =>
  typeof window !== "undefined" && window.descentDesktop ? desktopFiles(window.descentDesktop) : webFiles();
