import { test, expect } from "@playwright/test";

test.use({ locale: "en-US" });

test("the PyTorch code follows the settings and copies to the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  const code = page.getByRole("region", { name: "PyTorch code" });
  await expect(code).toContainText("cost = x**2 - 4*x");
  await expect(code).toContainText("alpha = 0.02");
  await expect(code).toContainText("tol = 0.001");

  await page.getByRole("textbox", { name: "Function" }).fill("sec(x) + 2x sin(x)");
  await expect(code).toContainText("cost = 1/torch.cos(x) + 2*x*torch.sin(x)");

  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("import torch\n");
  expect(copied).toContain("cost = 1/torch.cos(x) + 2*x*torch.sin(x)\n");
  const shown = await code.locator(".line").allTextContents();
  expect(copied).toBe(shown.join(""));
});

test("the layout stacks on a narrow window without overlapping", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto("/");
  const boxes = await Promise.all(
    ["Closed form", "Calculus", "Gradient descent"].map((name) =>
      page.getByRole("region", { name, exact: true }).boundingBox(),
    ),
  );
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/screens/narrow-en.png", fullPage: true });
});
