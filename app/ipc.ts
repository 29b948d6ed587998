import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from "electron";
import { writeFile, rename } from "node:fs/promises";
import { Channel } from "./channels.js";

// Main answers only messages that come from one of its own windows.
function fromOwnWindow(event: IpcMainInvokeEvent): BrowserWindow {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win || event.senderFrame?.url.startsWith("file://") !== true)
    throw new Error("IPC from an unknown frame");
  return win;
}

export function registerIpc(): void {
  ipcMain.handle(Channel.appInfo, (event) => {
    fromOwnWindow(event);
    return { version: app.getVersion(), locale: app.getLocale() };
  });
  ipcMain.handle(Channel.saveText, async (event, suggestedName: unknown, content: unknown) => {
    const win = fromOwnWindow(event);
    if (typeof suggestedName !== "string" || typeof content !== "string") throw new Error("bad arguments");
    const { canceled, filePath } = await dialog.showSaveDialog(win, { defaultPath: suggestedName });
    if (canceled || !filePath) return { saved: false };
    // Atomic: write beside, then rename over.
    const tmp = `${filePath}.tmp-${process.pid}`;
    await writeFile(tmp, content, "utf8");
    await rename(tmp, filePath);
    return { saved: true, path: filePath };
  });
}
