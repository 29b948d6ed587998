// The one window factory. The web preferences are written out here, literally, where a reviewer (and the
// electronegativity scanner) can read them; security.test.ts pins each one.
import { BrowserWindow, screen, shell, type Session } from "electron";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { APP_ENTRY, APP_ORIGIN } from "./protocol.ts";
import { allowPermission, isAllowedExternal } from "./security.ts";
import { MIN_SIZE, restoreBounds } from "./window-state.ts";

export function createMainWindow(options: { preload: string; stateFile: string }): BrowserWindow {
  const saved = readJson(options.stateFile);
  const { maximized, ...bounds } = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: "Descent Lab",
    show: false,
    webPreferences: {
      // The scanner asks for a review of every preload: ours exposes named methods only (preload.cts).
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: "Auxclick",
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  if (maximized) win.maximize();

  // No navigation away from our page, no new windows: allowed web links go to the system browser.
  win.webContents.on("will-navigate", (event) => event.preventDefault());
  win.webContents.on("will-redirect", (event) => event.preventDefault());
  win.webContents.on("will-attach-webview", (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Reviewed: only allow-listed https documentation pages reach the system browser.
    if (isAllowedExternal(url)) void shell.openExternal(new URL(url).href); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: "deny" };
  });

  win.on("close", () => {
    const maximizedNow = win.isMaximized();
    const b = maximizedNow ? win.getNormalBounds() : win.getBounds();
    try {
      writeFileSync(options.stateFile, JSON.stringify({ ...b, maximized: maximizedNow }));
    } catch {
      // Remembering the window is a convenience; a read-only profile must not stop the app from closing.
    }
  });
  win.once("ready-to-show", () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}

/** Every permission request and check is denied except clipboard writing from our own page. */
export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(allowPermission(permission, originOf(details.requestingUrl), APP_ORIGIN));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    allowPermission(permission, originOf(requestingOrigin), APP_ORIGIN),
  );
  session.setDevicePermissionHandler(() => false);
  session.on("will-download", (event) => event.preventDefault());
}

/** WHATWG URL gives custom schemes the origin "null"; compare scheme and host ourselves. */
function originOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return "";
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

export const windowStateFile = (dataFolder: string) => path.join(dataFolder, "window.json");
