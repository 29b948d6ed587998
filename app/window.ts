import { BrowserWindow, session, shell } from "electron";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from "./security.js";

const here = path.dirname(fileURLToPath(import.meta.url));

export function installContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, "Content-Security-Policy": [CONTENT_SECURITY_POLICY] },
    });
  });
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: "Descent Lab",
    show: false,
    webPreferences: secureWebPreferences(path.join(here, "preload.cjs")),
  });
  // No navigation away from our own page, no new windows; links open in the system browser.
  win.webContents.on("will-navigate", (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith("https://")) void shell.openExternal(url);
    return { action: "deny" };
  });
  win.once("ready-to-show", () => win.show());
  void win.loadFile(path.join(here, "..", "dist-web", "index.html"));
  return win;
}
