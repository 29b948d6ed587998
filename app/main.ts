// Main process: wires Electron to the pieces that decide (protocol, ipc, menu, lesson store), which are
// plain modules tested under Node. Nothing here takes a path from the page.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  type IpcMainInvokeEvent,
} from "electron";
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LESSON_EXTENSION } from "../core/files/lesson.ts";
import { msg, say, type Lang } from "../core/messages/index.ts";
import { cleanLeftovers } from "./atomic-file.ts";
import { COMMAND_CHANNEL, type MenuCommand } from "./channels.ts";
import { createHandlers, registerIpc, type FileKind } from "./ipc.ts";
import { clearRecovery, readRecovery, recoveryFile } from "./lesson-store.ts";
import { menuTemplate } from "./menu.ts";
import { APP_HOST, APP_SCHEME, serveBundle } from "./protocol.ts";
import { createMainWindow, installPermissionHandlers, windowStateFile } from "./window.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(here, "..", "dist-web");

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
if (!app.requestSingleInstanceLock()) app.quit();

let lang: Lang = app.getLocale().startsWith("th") ? "th" : "en";
let presentation = false;
const recent: string[] = [];
const t = (id: Parameters<typeof msg>[0]) => say(msg(id as never), lang);

const FILTERS: Record<FileKind, { name: string; extensions: string[] }> = {
  lesson: { name: "", extensions: [LESSON_EXTENSION.slice(1)] },
  png: { name: "PNG", extensions: ["png"] },
  svg: { name: "SVG", extensions: ["svg"] },
  csv: { name: "CSV", extensions: ["csv"] },
  py: { name: "Python", extensions: ["py"] },
  pdf: { name: "PDF", extensions: ["pdf"] },
};
const filter = (kind: FileKind) =>
  kind === "lesson" ? { ...FILTERS.lesson, name: t("lesson.fileType") } : FILTERS[kind];

const ipc = createHandlers<BrowserWindow>({
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender),
  chooseOpenPath: async (win) => {
    const { canceled, filePaths } = await dialog.showOpenDialog(win, {
      properties: ["openFile"],
      filters: [filter("lesson")],
    });
    return canceled ? null : (filePaths[0] ?? null);
  },
  chooseSavePath: async (win, kind, suggestedName) => {
    const { canceled, filePath } = await dialog.showSaveDialog(win, {
      defaultPath: suggestedName,
      filters: [filter(kind)],
    });
    return canceled || !filePath ? null : filePath;
  },
  printToPdf: async (win) => win.webContents.printToPDF({ printBackground: true, pageSize: "A4" }),
  setLanguage: (next) => {
    lang = next;
    buildMenu();
  },
  addRecent: (file) => {
    recent.splice(0, recent.length, file, ...recent.filter((f) => f !== file).slice(0, 9));
    app.addRecentDocument(file);
    buildMenu();
  },
  dataFolder: app.getPath("userData"),
  version: app.getVersion(),
});

function send(command: MenuCommand | { load: unknown; name?: string }): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command) ??
    BrowserWindow.getAllWindows()[0]?.webContents.send(COMMAND_CHANNEL, command);
}

async function openPath(file: string): Promise<void> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win) return;
  const opened = await ipc.openFile(win, file);
  if (opened.ok) send({ load: opened.lesson, name: opened.name });
  else void dialog.showMessageBox(win, { type: "error", message: say(opened.error, lang) });
}

function buildMenu(): void {
  const template = menuTemplate({
    lang,
    platform: process.platform,
    recent,
    presentation,
    command: (command) => {
      if (command === "presentation") presentation = !presentation;
      if (command === "lang-en" || command === "lang-th") lang = command === "lang-en" ? "en" : "th";
      if (command === "new") {
        const win = BrowserWindow.getFocusedWindow();
        if (win) ipc.newLesson(win);
      }
      send(command);
      buildMenu();
    },
    openRecent: (file) => void openPath(file),
    clearRecent: () => {
      recent.length = 0;
      app.clearRecentDocuments();
      buildMenu();
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** After a crash, offer the unsaved work autosave kept. */
async function offerRecovery(win: BrowserWindow): Promise<void> {
  const data = app.getPath("userData");
  const lesson = await readRecovery(data);
  if (!lesson) return;
  const { response } = await dialog.showMessageBox(win, {
    type: "question",
    title: t("lesson.recoverTitle"),
    message: say(
      msg("lesson.recoverBody", { when: statSync(recoveryFile(data)).mtime.toLocaleString(lang) }),
      lang,
    ),
    buttons: [t("lesson.recoverYes"), t("lesson.recoverNo")],
    defaultId: 0,
    cancelId: 1,
  });
  if (response === 0) send({ load: lesson });
  else await clearRecovery(data);
}

void app.whenReady().then(async () => {
  await cleanLeftovers(app.getPath("userData"));
  protocol.handle(APP_SCHEME, (request) => serveBundle(bundle, request));
  installPermissionHandlers(session.defaultSession);
  registerIpc(ipcMain, ipc.handle);
  buildMenu();
  const win = createMainWindow({
    preload: path.join(here, "preload.cjs"),
    stateFile: windowStateFile(app.getPath("userData")),
  });
  // Closing with unsaved work: save it (the page answers the menu's Save), drop it, or stay.
  win.on("close", (event) => {
    if (!ipc.isUnsaved(win)) return;
    const response = dialog.showMessageBoxSync(win, {
      type: "question",
      message: t("lesson.unsavedTitle"),
      buttons: [t("lesson.unsavedSave"), t("lesson.unsavedDiscard"), t("lesson.unsavedCancel")],
      defaultId: 0,
      cancelId: 2,
    });
    if (response === 1) {
      ipc.discard(win);
      rmSync(recoveryFile(app.getPath("userData")), { force: true }); // synchronously: the app may quit next
      return;
    }
    event.preventDefault();
    if (response === 0) send("save");
  });
  win.webContents.once("did-finish-load", () => {
    void offerRecovery(win);
    const file = process.argv.slice(app.isPackaged ? 1 : 2).find((a) => a.endsWith(LESSON_EXTENSION));
    if (file) void openPath(path.resolve(file));
  });
});

// A lesson double-clicked while the app runs (Windows/Linux start a second instance; macOS sends open-file).
app.on("second-instance", (_event, argv) => {
  const file = argv.find((a) => a.endsWith(LESSON_EXTENSION));
  if (file) void openPath(file);
});
app.on("open-file", (event, file) => {
  event.preventDefault();
  void openPath(file);
});
app.on("web-contents-created", (_event, contents) => {
  contents.on("will-navigate", (event, url) => {
    if (new URL(url).host !== APP_HOST) event.preventDefault();
  });
});
app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
