// The real desktop app through Playwright's Electron driver: open, edit, save, reopen, with every CSP
// violation counted. It needs Electron's binary, which these build machines cannot download; where it is
// missing the test is skipped and says so (install it with `node node_modules/electron/install.js`).
import { test, expect, _electron as electron } from "@playwright/test";
import { electronBinary } from "../scripts/start.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// From path.txt, as npm start does: require("electron") would start a download of its own.
const binary = electronBinary();

test("the desktop app opens, saves and reopens a lesson with zero CSP violations", async () => {
  const skipped =
    "SKIPPED: the Electron binary is not installed on this machine (it cannot be downloaded here); run `node node_modules/electron/install.js` where the network allows, then rerun.";
  if (binary === null) console.log(skipped); // the list reporter shows a skip as a bare dash: say why
  test.skip(binary === null, skipped);
  execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  const data = mkdtempSync(path.join(tmpdir(), "descent-electron-"));
  const file = path.join(data, "week1.descent.json");
  const app = await electron.launch({
    executablePath: binary!,
    args: [".", `--user-data-dir=${path.join(data, "profile")}`],
  });
  try {
    // Dialogs answer with our file: the page itself never names a path.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath: file,
      })) as typeof dialog.showSaveDialog;
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [file],
      })) as typeof dialog.showOpenDialog;
    }, file);
    const page = await app.firstWindow();
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.reload();
    expect(new URL(page.url()).protocol).toBe("app:");
    const input = page.getByLabel("Function");
    await input.fill("x^4 - 3x");
    await page.keyboard.press("Control+S");
    await expect.poll(() => readFileSync(file, "utf8")).toContain('"function": "x^4 - 3x"');
    await input.fill("x^2");
    await page.keyboard.press("Control+O");
    await expect(input).toHaveValue("x^4 - 3x");
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  } finally {
    await app.close();
  }
});
