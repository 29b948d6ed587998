import { test, expect, type Page } from "@playwright/test";

// Capture and print draw every card: the iteration table and the PyTorch code are laid out on screen only when
// scrolled near (content-visibility), and a print or a full-page capture must not show them blank. The print
// stylesheet gives a handout: the worked steps open, the first rows of the table, no controls.
test.use({ locale: "en-US" });

async function handout(page: Page) {
  const table = page.getByRole("region", { name: "Iterations" });
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first()).toContainText("10");
  expect(await table.locator("tbody tr:visible").count()).toBe(12);
  const code = page.getByRole("region", { name: "PyTorch code" }).locator("pre");
  await expect(code).toBeVisible();
  await expect(code).toContainText("import torch");
  // Painted, not skipped: the cards are laid out at their real size.
  for (const el of [table, code])
    expect(await el.evaluate((e) => getComputedStyle(e.closest(".card")!).contentVisibility)).toBe("visible");
  expect((await code.boundingBox())!.height).toBeGreaterThan(100);
  // Every step's explanation is on paper; no control is.
  await expect(page.locator(".steps .note").first()).toBeVisible();
  for (const name of ["Presentation", "Play", "Export CSV"])
    await expect(page.getByRole("button", { name, exact: true })).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Function" })).toBeHidden();
  for (const name of ["Closed form", "Calculus", "Gradient descent", "Plot"])
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
}

test("print media: a handout with every card, the table's first rows and the code", async ({ page }) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await handout(page);
  await page.screenshot({ path: "test-results/screens/print-en.png", fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("print from presentation mode gives the same handout", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  await page.getByRole("button", { name: "Presentation" }).click();
  await page.emulateMedia({ media: "print" });
  await handout(page);
});

test("a full-page capture (?capture) draws the table and the code", async ({ page }) => {
  await page.goto("/?capture");
  const cards = page.locator(".details > div");
  await expect(cards).toHaveCount(2);
  for (const v of await cards.evaluateAll((els) => els.map((e) => getComputedStyle(e).contentVisibility)))
    expect(v).toBe("visible");
  await page.screenshot({ path: "test-results/screens/capture-en.png", fullPage: true });
});
