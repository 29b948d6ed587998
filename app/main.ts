import { app, BrowserWindow } from "electron";
import { registerIpc } from "./ipc.js";
import { createMainWindow, installContentSecurityPolicy } from "./window.js";

app.enableSandbox();

void app.whenReady().then(() => {
  installContentSecurityPolicy();
  registerIpc();
  createMainWindow();
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
