// What app/preload.cts exposes in Electron; undefined in a browser. Main checks every argument again.
type DesktopDone =
  | { ok: true; name?: string }
  | { ok: false; error: import("../../core/messages/index.ts").Msg }
  | { ok: false; canceled: true };

interface DescentDesktop {
  appInfo(): Promise<{ version: string }>;
  openLesson(): Promise<
    | { ok: true; lesson: import("../../core/files/lesson.ts").Lesson; name: string }
    | { ok: false; error: import("../../core/messages/index.ts").Msg }
    | { ok: false; canceled: true }
  >;
  saveLesson(lesson: unknown): Promise<DesktopDone>;
  saveLessonAs(lesson: unknown): Promise<DesktopDone>;
  autosave(lesson: unknown): Promise<{ ok: true }>;
  exportFile(
    kind: "png" | "svg" | "csv" | "py",
    name: string,
    data: string | Uint8Array,
  ): Promise<DesktopDone>;
  printHandout(name: string): Promise<DesktopDone>;
  setLanguage(lang: "en" | "th"): Promise<void>;
  /** Menu commands from main (a MenuCommand string, or `{ load, name }` after recovery or Open Recent). */
  onCommand(listener: (command: unknown) => void): () => void;
}

interface Window {
  descentDesktop?: DescentDesktop;
}
