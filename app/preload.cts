// The renderer's only door to the desktop: one named method per message, never ipcRenderer itself.
import electron = require("electron");

const { contextBridge, ipcRenderer } = electron;

// Channel names repeated from channels.ts: a sandboxed preload cannot require our own modules.
contextBridge.exposeInMainWorld("descentDesktop", {
  appInfo: (): Promise<{ version: string; locale: string }> => ipcRenderer.invoke("descent:app-info"),
  saveText: (suggestedName: string, content: string): Promise<{ saved: boolean; path?: string }> =>
    ipcRenderer.invoke("descent:save-text", suggestedName, content),
});
