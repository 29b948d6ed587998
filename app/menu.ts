// The application menu as data, in the reader's language, with each platform's usual accelerators.
// main.ts turns it into Electron's Menu; the test reads it as it is.
import type { MenuItemConstructorOptions } from "electron";
import { say, msg, type Lang, type MsgId } from "../core/messages/index.ts";
import type { MenuCommand } from "./channels.ts";

export interface MenuInput {
  lang: Lang;
  platform: NodeJS.Platform;
  recent: readonly string[];
  presentation: boolean;
  command(command: MenuCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const { lang, platform, command } = input;
  const t = (id: MsgId) => say(msg(id as never), lang);
  const mac = platform === "darwin";
  const item = (id: MsgId, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(id),
    click: () => command(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  const recent: MenuItemConstructorOptions[] = [
    ...input.recent.map((file) => ({ label: file, click: () => input.openRecent(file) })),
    ...(input.recent.length ? [{ type: "separator" as const }] : []),
    { label: t("menu.clearRecent"), enabled: input.recent.length > 0, click: () => input.clearRecent() },
  ];
  const file: MenuItemConstructorOptions = {
    label: t("menu.file"),
    submenu: [
      item("menu.new", "new", "CmdOrCtrl+N"),
      item("menu.open", "open", "CmdOrCtrl+O"),
      // macOS keeps its own recent list (role); elsewhere the app keeps one.
      mac
        ? {
            label: t("menu.openRecent"),
            role: "recentDocuments",
            submenu: [{ role: "clearRecentDocuments" }],
          }
        : { label: t("menu.openRecent"), submenu: recent },
      { type: "separator" },
      item("menu.save", "save", "CmdOrCtrl+S"),
      item("menu.saveAs", "save-as", "Shift+CmdOrCtrl+S"),
      {
        label: t("menu.export"),
        submenu: [
          item("menu.exportPng", "export-png"),
          item("menu.exportSvg", "export-svg"),
          item("menu.exportCsv", "export-csv"),
          item("menu.exportPy", "export-py"),
          item("menu.exportHandout", "export-handout", "CmdOrCtrl+P"),
        ],
      },
      ...(mac
        ? []
        : [
            { type: "separator" as const },
            { label: t("menu.quit"), role: "quit" as const, accelerator: "Ctrl+Q" },
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t("menu.edit"),
    submenu: [
      { role: "undo" },
      { role: "redo" },
      { type: "separator" },
      { role: "cut" },
      { role: "copy" },
      { role: "paste" },
      { role: "selectAll" },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t("menu.view"),
    submenu: [
      {
        label: t("menu.presentation"),
        type: "checkbox",
        checked: input.presentation,
        accelerator: mac ? "Ctrl+Cmd+F" : "F11",
        click: () => command("presentation"),
      },
      { type: "separator" },
      {
        label: t("menu.language"),
        submenu: [
          { label: "English", type: "radio", checked: lang === "en", click: () => command("lang-en") },
          { label: "ไทย", type: "radio", checked: lang === "th", click: () => command("lang-th") },
        ],
      },
      { type: "separator" },
      { role: "zoomIn" },
      { role: "zoomOut" },
      { role: "resetZoom" },
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    role: "appMenu",
    submenu: [
      { role: "about" },
      { type: "separator" },
      { role: "hide" },
      { role: "unhide" },
      { type: "separator" },
      { role: "quit", label: t("menu.quit") },
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, { role: "windowMenu" }];
}
