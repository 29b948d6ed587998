// Main's answers to the page. Each message is checked twice before anything happens: it must come from the
// top frame of one of our windows showing app://descent (exact scheme and host, not a prefix), and its
// arguments must pass a zod schema. The page never names a path: every path comes from a dialog shown here.
import type { IpcMainInvokeEvent } from "electron";
import path from "node:path";
import { z } from "zod";
import { lessonSchema, type Lesson } from "../core/files/lesson.ts";
import type { Msg } from "../core/messages/index.ts";
import { writeFileAtomic, saveFailure } from "./atomic-file.ts";
import { Channel } from "./channels.ts";
import {
  clearRecovery,
  openLessonFile,
  saveLessonFile,
  writeRecovery,
  type Opened,
  type Saved,
} from "./lesson-store.ts";
import { APP_HOST, APP_SCHEME } from "./protocol.ts";

export type ExportKind = "png" | "svg" | "csv" | "py" | "pdf";
export type FileKind = ExportKind | "lesson";

/** What the handlers need from Electron: real dialogs in main.ts, fakes in the tests. */
export interface Desktop<W> {
  windowOf(event: IpcMainInvokeEvent): W | null;
  chooseOpenPath(win: W): Promise<string | null>;
  chooseSavePath(win: W, kind: FileKind, suggestedName: string): Promise<string | null>;
  printToPdf(win: W): Promise<Uint8Array>;
  setLanguage(lang: "en" | "th"): void;
  addRecent(file: string): void;
  /** The app's data folder, where autosave keeps the recovery copy. */
  dataFolder: string;
  version: string;
}

const MB = 1_000_000;
const fileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\0]+$/)
  .refine((s) => s !== "." && s !== "..");
const exportArgs = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("png"),
      name: fileName,
      data: z.instanceof(Uint8Array).refine((d) => d.length <= 40 * MB),
    }),
    z.object({ kind: z.enum(["svg", "csv", "py"]), name: fileName, data: z.string().max(20 * MB) }),
  ])
  .refine((a) => a.name.toLowerCase().endsWith(`.${a.kind}`)); // the suggested name already says what it holds
/** The argument list each channel accepts, exactly (no extra arguments). */
const ARGS = {
  [Channel.appInfo]: z.tuple([]),
  [Channel.openLesson]: z.tuple([]),
  [Channel.saveLesson]: z.tuple([lessonSchema]),
  [Channel.saveLessonAs]: z.tuple([lessonSchema]),
  [Channel.autosave]: z.tuple([lessonSchema]),
  [Channel.exportFile]: z.tuple([exportArgs]),
  [Channel.printHandout]: z.tuple([fileName.refine((n) => n.toLowerCase().endsWith(".pdf"))]),
  [Channel.setLanguage]: z.tuple([z.enum(["en", "th"])]),
} satisfies Record<Channel, z.ZodType>;

export class RefusedMessage extends Error {
  override name = "RefusedMessage";
}

/** True only for the top frame of a page served from app://descent. */
export function fromApp(event: Pick<IpcMainInvokeEvent, "sender" | "senderFrame">): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender?.mainFrame) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export type Saving = Saved | { ok: false; canceled: true };
export type Opening = Opened | { ok: false; canceled: true };
export type Written = { ok: true; name: string } | { ok: false; error: Msg } | { ok: false; canceled: true };

/** One handler per channel; `handle` wraps each with the sender check and the argument schema. */
export function createHandlers<W extends object>(desktop: Desktop<W>) {
  // The file each window is editing: kept here, so the page cannot point a save anywhere.
  const current = new WeakMap<W, string>();
  // Windows whose page has autosaved work not yet saved to its file (main asks before closing them).
  const unsaved = new WeakSet<W>();
  const canceled = { ok: false, canceled: true } as const;

  async function saveTo(win: W, file: string, lesson: Lesson): Promise<Saving> {
    const saved = await saveLessonFile(file, lesson);
    if (saved.ok) {
      unsaved.delete(win);
      current.set(win, file);
      desktop.addRecent(file);
      await clearRecovery(desktop.dataFolder);
    }
    return saved;
  }
  async function saveAs(win: W, lesson: Lesson): Promise<Saving> {
    const file = await desktop.chooseSavePath(
      win,
      "lesson",
      path.basename(current.get(win) ?? "lesson.descent.json"),
    );
    return file ? saveTo(win, file, lesson) : canceled;
  }
  async function write(win: W, kind: ExportKind, name: string, data: string | Uint8Array): Promise<Written> {
    const file = await desktop.chooseSavePath(win, kind, name);
    if (!file) return canceled;
    try {
      await writeFileAtomic(file, data);
      return { ok: true, name: path.basename(file) };
    } catch (error) {
      return { ok: false, error: saveFailure(error) };
    }
  }

  const handlers = {
    [Channel.appInfo]: async () => ({ version: desktop.version }),
    [Channel.openLesson]: async (win: W): Promise<Opening> => {
      const file = await desktop.chooseOpenPath(win);
      if (!file) return canceled;
      return openFile(win, file);
    },
    [Channel.saveLesson]: async (win: W, lesson: Lesson): Promise<Saving> => {
      const file = current.get(win);
      return file ? saveTo(win, file, lesson) : saveAs(win, lesson);
    },
    [Channel.saveLessonAs]: async (win: W, lesson: Lesson) => saveAs(win, lesson),
    [Channel.autosave]: async (win: W, lesson: Lesson) => {
      unsaved.add(win);
      await writeRecovery(desktop.dataFolder, lesson);
      return { ok: true } as const;
    },
    [Channel.exportFile]: async (win: W, args: z.infer<typeof exportArgs>) =>
      write(win, args.kind, args.name, args.data),
    [Channel.printHandout]: async (win: W, name: string) => {
      const file = await desktop.chooseSavePath(win, "pdf", name);
      if (!file) return canceled;
      const pdf = await desktop.printToPdf(win);
      try {
        await writeFileAtomic(file, pdf);
        return { ok: true, name: path.basename(file) } as const;
      } catch (error) {
        return { ok: false, error: saveFailure(error) } as const;
      }
    },
    [Channel.setLanguage]: async (_win: W, lang: "en" | "th") => {
      desktop.setLanguage(lang);
    },
  } satisfies Record<Channel, (win: W, ...args: never[]) => Promise<unknown>>;

  /** Opens a file main chose (dialog, Open Recent, a double-clicked file) for a window. */
  async function openFile(win: W, file: string): Promise<Opened> {
    const opened = await openLessonFile(file);
    if (opened.ok) {
      current.set(win, file);
      desktop.addRecent(file);
    }
    return opened;
  }

  /** The checked entry point: what ipcMain.handle calls. Refusals throw, and nothing has happened yet. */
  async function handle(channel: Channel, event: IpcMainInvokeEvent, args: unknown[]): Promise<unknown> {
    const win = fromApp(event) ? desktop.windowOf(event) : null;
    if (!win) throw new RefusedMessage(`${channel}: not from the app's own page`);
    const parsed = ARGS[channel].safeParse(args);
    if (!parsed.success) throw new RefusedMessage(`${channel}: invalid arguments`);
    const run = handlers[channel] as (win: W, ...a: unknown[]) => Promise<unknown>;
    return run(win, ...(parsed.data as unknown[]));
  }

  return {
    handle,
    openFile,
    newLesson: (win: W) => (current.delete(win), unsaved.delete(win)),
    isUnsaved: (win: W) => unsaved.has(win),
    /** The teacher chose not to keep the changes (main removes the recovery copy before the window closes). */
    discard: (win: W) => unsaved.delete(win),
  };
}

/** Wires every channel to ipcMain (main.ts passes Electron's; nothing else is registered). */
export function registerIpc(
  ipcMain: {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  },
  handle: (channel: Channel, event: IpcMainInvokeEvent, args: unknown[]) => Promise<unknown>,
): void {
  for (const channel of Object.values(Channel))
    ipcMain.handle(channel, (event, ...args) => handle(channel, event, args));
}
