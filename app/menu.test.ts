import { describe, expect, it } from "vitest";
import type { MenuItemConstructorOptions } from "electron";
import { MENU_COMMANDS, type MenuCommand } from "./channels.ts";
import { menuTemplate } from "./menu.ts";

function build(lang: "en" | "th", platform: NodeJS.Platform) {
  const clicked: MenuCommand[] = [];
  const template = menuTemplate({
    lang,
    platform,
    recent: ["/home/teacher/week1.descent.json"],
    presentation: false,
    command: (c) => clicked.push(c),
    openRecent: () => {},
    clearRecent: () => {},
  });
  const all: MenuItemConstructorOptions[] = [];
  const walk = (items: MenuItemConstructorOptions[]) =>
    items.forEach((i) => (all.push(i), Array.isArray(i.submenu) && walk(i.submenu)));
  walk(template);
  for (const i of all) i.click?.(undefined as never, undefined as never, undefined as never);
  return { all, clicked };
}

describe("application menu", () => {
  it.each(["linux", "win32", "darwin"] as const)("on %s every command is reachable once", (platform) => {
    expect(build("en", platform).clicked.sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it.each([
    ["en", "File", "Save As…", "Presentation Mode", "Quit"],
    ["th", "ไฟล์", "บันทึกเป็น…", "โหมดนำเสนอ", "ออกจากโปรแกรม"],
  ] as const)("in %s the labels come from the catalog", (lang, file, saveAs, presentation, quit) => {
    const labels = build(lang, "linux").all.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining([file, saveAs, presentation, quit]));
  });

  it("uses the usual accelerators", () => {
    const acc = Object.fromEntries(build("en", "linux").all.map((i) => [i.label, i.accelerator]));
    expect(acc).toMatchObject({
      "New Lesson": "CmdOrCtrl+N",
      "Open…": "CmdOrCtrl+O",
      Save: "CmdOrCtrl+S",
      "Save As…": "Shift+CmdOrCtrl+S",
      Quit: "Ctrl+Q",
    });
  });
});
