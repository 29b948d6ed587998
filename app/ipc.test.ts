import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IpcMainInvokeEvent } from "electron";
import { readLesson } from "../core/files/lesson.ts";
import { SAMPLE_LESSON } from "../core/files/lesson.sample.ts";
import { Channel } from "./channels.ts";
import { createHandlers, registerIpc, RefusedMessage, type Desktop, type FileKind } from "./ipc.ts";

const work = mkdtempSync(path.join(tmpdir(), "descent-ipc-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Win = { id: number };
const ourWindow: Win = { id: 1 };

function fakeDesktop(folder: string) {
  const calls: string[] = [];
  const desktop: Desktop<Win> = {
    windowOf: () => ourWindow,
    chooseOpenPath: async () => (calls.push("open"), path.join(folder, "lesson.descent.json")),
    chooseSavePath: async (_w, kind: FileKind, name) => (calls.push(`save:${kind}`), path.join(folder, name)),
    printToPdf: async () => (calls.push("pdf"), new Uint8Array([37, 80, 68, 70])),
    setLanguage: (lang) => calls.push(`lang:${lang}`),
    addRecent: (f) => calls.push(`recent:${path.basename(f)}`),
    dataFolder: path.join(folder, "data"),
    version: "0.1.0",
  };
  return { desktop, calls };
}

const frame = (url: string) => ({ url }) as IpcMainInvokeEvent["senderFrame"];
function event(url: string | null, { subframe = false } = {}): IpcMainInvokeEvent {
  const main = frame(url ?? "app://descent/index.html");
  const sender = { id: 1, mainFrame: main } as unknown as IpcMainInvokeEvent["sender"];
  const senderFrame = url === null ? null : subframe ? frame(url) : main;
  return { sender, senderFrame } as IpcMainInvokeEvent;
}
const ok = event("app://descent/index.html");

describe("IPC sender checks", () => {
  const forged: [string, IpcMainInvokeEvent][] = [
    ["a web page", event("https://evil.example/index.html")],
    ["another file URL", event("file:///home/student/evil.html")],
    ["no frame at all", event(null)],
    ["a look-alike host", event("app://descent.evil/index.html")],
    ["another scheme", event("apps://descent/index.html")],
    ["a subframe of our page", event("app://descent/index.html", { subframe: true })],
  ];
  it.each(forged)("refuses every channel from %s, and writes nothing", async (_, forgedEvent) => {
    const folder = mkdtempSync(path.join(work, "forged-"));
    const { desktop, calls } = fakeDesktop(folder);
    const { handle } = createHandlers(desktop);
    const args: Record<Channel, unknown[]> = {
      [Channel.appInfo]: [],
      [Channel.openLesson]: [],
      [Channel.saveLesson]: [SAMPLE_LESSON],
      [Channel.saveLessonAs]: [SAMPLE_LESSON],
      [Channel.autosave]: [SAMPLE_LESSON],
      [Channel.exportFile]: [{ kind: "csv", name: "x.csv", data: "a,b" }],
      [Channel.printHandout]: ["handout.pdf"],
      [Channel.setLanguage]: ["th"],
    };
    for (const channel of Object.values(Channel))
      await expect(handle(channel, forgedEvent, args[channel])).rejects.toBeInstanceOf(RefusedMessage);
    expect(calls).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("refuses a message from a window that is not ours", async () => {
    const { desktop, calls } = fakeDesktop(mkdtempSync(path.join(work, "stranger-")));
    const { handle } = createHandlers({ ...desktop, windowOf: () => null });
    await expect(handle(Channel.saveLesson, ok, [SAMPLE_LESSON])).rejects.toBeInstanceOf(RefusedMessage);
    expect(calls).toEqual([]);
  });
});

describe("IPC argument schemas", () => {
  it("random payloads on every channel are refused and nothing is written", async () => {
    const folder = mkdtempSync(path.join(work, "random-"));
    const { desktop, calls } = fakeDesktop(folder);
    const { handle } = createHandlers(desktop);
    const channels = Object.values(Channel).filter((c) => c !== Channel.appInfo && c !== Channel.openLesson);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.array(fc.anything({ withTypedArray: true, withNullPrototype: true }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (channel, args) => {
          await expect(handle(channel, ok, args)).rejects.toBeInstanceOf(RefusedMessage);
        },
      ),
      { numRuns: 300 },
    );
    expect(calls).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ["a path as the export name", { kind: "csv", name: "../../.bashrc", data: "x" }],
    ["an absolute path", { kind: "py", name: "/etc/passwd", data: "x" }],
    ["a Windows path", { kind: "svg", name: "C:\\Windows\\x.svg", data: "<svg/>" }],
    ["an unknown kind", { kind: "exe", name: "x.exe", data: "MZ" }],
    ["a PNG given as text", { kind: "png", name: "plot.png", data: "not bytes" }],
  ])("refuses %s", async (_, payload) => {
    const { desktop, calls } = fakeDesktop(mkdtempSync(path.join(work, "bad-")));
    await expect(createHandlers(desktop).handle(Channel.exportFile, ok, [payload])).rejects.toBeInstanceOf(
      RefusedMessage,
    );
    expect(calls).toEqual([]);
  });

  it("refuses a lesson with an extra argument, NaN or a foreign key", async () => {
    const { desktop } = fakeDesktop(mkdtempSync(path.join(work, "lesson-")));
    const { handle } = createHandlers(desktop);
    for (const args of [
      [SAMPLE_LESSON, "/tmp/x"],
      [{ ...SAMPLE_LESSON, lr: NaN }],
      [{ ...SAMPLE_LESSON, path: "/x" }],
    ])
      await expect(handle(Channel.saveLesson, ok, args)).rejects.toBeInstanceOf(RefusedMessage);
  });
});

describe("IPC from the app itself", () => {
  it("save asks for a path once, then saves there; open reads it back; autosave writes a recovery copy", async () => {
    const folder = mkdtempSync(path.join(work, "good-"));
    const { desktop, calls } = fakeDesktop(folder);
    const { handle } = createHandlers(desktop);
    expect(await handle(Channel.saveLesson, ok, [SAMPLE_LESSON])).toEqual({
      ok: true,
      name: "lesson.descent.json",
    });
    expect(await handle(Channel.saveLesson, ok, [{ ...SAMPLE_LESSON, notes: "two" }])).toMatchObject({
      ok: true,
    });
    expect(calls.filter((c) => c.startsWith("save:"))).toEqual(["save:lesson"]);
    const onDisk = readLesson(readFileSync(path.join(folder, "lesson.descent.json"), "utf8"));
    expect(onDisk).toMatchObject({ ok: true, lesson: { notes: "two" } });
    expect(await handle(Channel.openLesson, ok, [])).toMatchObject({ ok: true, lesson: { notes: "two" } });
    await handle(Channel.autosave, ok, [SAMPLE_LESSON]);
    expect(readdirSync(path.join(folder, "data"))).toEqual(["recovery.descent.json"]);
    expect(
      await handle(Channel.exportFile, ok, [{ kind: "csv", name: "run.csv", data: "k,x\n0,1\n" }]),
    ).toEqual({
      ok: true,
      name: "run.csv",
    });
    expect(readFileSync(path.join(folder, "run.csv"), "utf8")).toBe("k,x\n0,1\n");
  });

  it("registers exactly one handler per channel", () => {
    const seen: string[] = [];
    registerIpc({ handle: (c) => seen.push(c) }, async () => undefined);
    expect(seen.sort()).toEqual(Object.values(Channel).sort());
  });
});

describe("unsaved work", () => {
  it("autosave marks the window unsaved until a save succeeds; discard forgets it", async () => {
    const { desktop } = fakeDesktop(mkdtempSync(path.join(work, "unsaved-")));
    const ipc = createHandlers(desktop);
    expect(ipc.isUnsaved(ourWindow)).toBe(false);
    await ipc.handle(Channel.autosave, ok, [SAMPLE_LESSON]);
    expect(ipc.isUnsaved(ourWindow)).toBe(true);
    await ipc.handle(Channel.saveLesson, ok, [SAMPLE_LESSON]);
    expect(ipc.isUnsaved(ourWindow)).toBe(false);
    expect(readdirSync(desktop.dataFolder)).toEqual([]); // the recovery copy went with the save
    await ipc.handle(Channel.autosave, ok, [SAMPLE_LESSON]);
    ipc.discard(ourWindow);
    expect(ipc.isUnsaved(ourWindow)).toBe(false);
  });
});
