// The renderer's only door to the desktop: one named method per message, never ipcRenderer itself.
// Main checks every message's sender and arguments; the page never passes a path, only content.
import electron = require("electron");

const { contextBridge, ipcRenderer } = electron;

// Channel names repeated from channels.ts: a sandboxed preload cannot require our own modules.
contextBridge.exposeInMainWorld("descentDesktop", {
  appInfo: () => ipcRenderer.invoke("descent:app-info"),
  openLesson: () => ipcRenderer.invoke("descent:open-lesson"),
  saveLesson: (lesson: unknown) => ipcRenderer.invoke("descent:save-lesson", lesson),
  saveLessonAs: (lesson: unknown) => ipcRenderer.invoke("descent:save-lesson-as", lesson),
  autosave: (lesson: unknown) => ipcRenderer.invoke("descent:autosave", lesson),
  exportFile: (kind: string, name: string, data: string | Uint8Array) =>
    ipcRenderer.invoke("descent:export-file", { kind, name, data }),
  printHandout: (name: string) => ipcRenderer.invoke("descent:print-handout", name),
  setLanguage: (lang: string) => ipcRenderer.invoke("descent:set-language", lang),
  // Menu commands from main: the page gets the command only, never the event (which holds the sender).
  onCommand: (listener: (command: unknown) => void) => {
    const handler = (_event: unknown, command: unknown) => listener(command);
    ipcRenderer.on("descent:command", handler);
    return () => void ipcRenderer.removeListener("descent:command", handler);
  },
});
