import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

// Web mode: a lesson saved as a download, the page reloaded, the file opened through the file picker.
async function countCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { csp: string[] }).csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { csp: string[] }).csp);

test("save a lesson, reload, open it: same state, locked controls stay locked, no CSP violation", async ({
  page,
}) => {
  await countCsp(page);
  await page.goto("/");
  await page.getByLabel("Function").fill("x^4 - 3x");
  await page.locator("#lr-exact").fill("0.01");
  await page.getByRole("checkbox", { name: "Teacher settings" }).check();
  await page.locator("#lesson-notes").fill("Try a larger learning rate.");
  await page.locator("#access-lr").selectOption("locked");
  await page.locator("#access-function").selectOption("locked");
  await page.locator("#access-presets").selectOption("hidden");
  await expect(page.getByText("unsaved changes")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save lesson" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("lesson.descent.json");
  const file = await download.path();
  const saved = JSON.parse(readFileSync(file, "utf8"));
  expect(saved).toMatchObject({
    function: "x^4 - 3x",
    lr: 0.01,
    controls: { lr: "locked", presets: "hidden" },
  });

  await page.reload();
  await expect(page.getByLabel("Function")).not.toHaveValue("x^4 - 3x");
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open lesson…" }).click(),
  ]);
  await chooser.setFiles({
    name: "lesson.descent.json",
    mimeType: "application/json",
    buffer: readFileSync(file),
  });
  await expect(page.getByText("Opened lesson.descent.json.")).toBeVisible();
  await expect(page.getByLabel("Function")).toHaveValue("x^4 - 3x");
  await expect(page.getByLabel("Function")).toHaveAttribute("readonly", "");
  await expect(page.locator("#lr-exact")).toHaveValue("0.01");
  await expect(page.locator("#lr-exact")).toBeDisabled();
  await expect(page.locator("#lr-slider")).toBeDisabled();
  await expect(page.locator("#presets")).toBeHidden();
  await expect(page.getByText("Try a larger learning rate.")).toBeVisible();
  await expect(page.locator("#x0-x")).toBeEnabled();
  // Typing into the locked function changes nothing.
  await page.getByLabel("Function").press("End");
  await page.keyboard.type("+1");
  await expect(page.getByLabel("Function")).toHaveValue("x^4 - 3x");
  expect(await violations(page)).toEqual([]);
});

test("a damaged lesson file is refused with a clear message and changes nothing", async ({ page }) => {
  await page.goto("/");
  const before = await page.getByLabel("Function").inputValue();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open lesson…" }).click(),
  ]);
  await chooser.setFiles({
    name: "broken.descent.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format": "desc'),
  });
  await expect(page.getByRole("status").filter({ hasText: "damaged" })).toBeVisible();
  await expect(page.getByLabel("Function")).toHaveValue(before);
});

test("exports: CSV, .py and the plot as SVG and PNG download with their names", async ({ page }) => {
  await countCsp(page);
  await page.goto("/");
  for (const [item, name] of [
    ["Iterations as CSV", /\.csv$/],
    ["PyTorch code (.py)", /\.py$/],
    ["Plot as SVG", /\.svg$/],
    ["Plot as PNG", /\.png$/],
  ] as const) {
    await page.getByText("Export", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: item }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(name);
    const body = readFileSync(await download.path());
    if (item === "Plot as PNG") expect(body.subarray(1, 4).toString()).toBe("PNG");
    if (item === "Plot as SVG") expect(body.toString()).toContain("<svg");
  }
  expect(await violations(page)).toEqual([]);
});
