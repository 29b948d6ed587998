// Every IPC channel in one place; the preload exposes one named method per channel.
export const Channel = {
  appInfo: "descent:app-info",
  openLesson: "descent:open-lesson",
  saveLesson: "descent:save-lesson",
  saveLessonAs: "descent:save-lesson-as",
  autosave: "descent:autosave",
  exportFile: "descent:export-file",
  printHandout: "descent:print-handout",
  setLanguage: "descent:set-language",
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];

/** The one message main sends to the page: a menu command (or a lesson to load after recovery / Open Recent). */
export const COMMAND_CHANNEL = "descent:command";
export const MENU_COMMANDS = [
  "new",
  "open",
  "save",
  "save-as",
  "export-png",
  "export-svg",
  "export-csv",
  "export-py",
  "export-handout",
  "presentation",
  "lang-en",
  "lang-th",
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
