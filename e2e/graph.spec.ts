import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Issue 10: the computational graph of the tutorial's x^2 - 4x at x = 10 (output 60, x.grad 16), stepping by
// keyboard, the cross-check, the forget-zero_grad() switch, both languages, axe clean.
test.use({ locale: "en-US" });

test("the graph shows 60 and 16, steps by keyboard and cross-checks with calculus", async ({ page }) => {
  await page.goto("/");
  const region = page.getByRole("region", { name: "Computational graph", exact: true });
  await expect(region).toBeVisible();
  const svg = region.getByRole("img", { name: "Computational graph" });
  await expect(svg).toContainText("60");
  await expect(svg).toContainText("∂ 16");
  await expect(region).toContainText("∂f/∂x: autograd 16, symbolic f′ 16");
  await expect(region).toContainText("They agree.");
  await region.screenshot({ path: "test-results/screens/graph-en-region.png" });
  // Each edge carries its local derivative (as a tooltip): x^2 against x at x = 10 is 20.
  await expect(svg.locator("path.edge title", { hasText: "∂(x^2)/∂(x) = 20" })).toHaveCount(1);

  const live = region.locator(".said");
  await region.getByRole("button", { name: "Start over" }).click();
  await expect(live).toHaveText("Nothing computed yet: press Next.");
  await expect(svg).not.toContainText("60");
  const next = region.getByRole("button", { name: "Next" });
  await next.focus();
  await page.keyboard.press("ArrowRight");
  await expect(live).toContainText("Forward:");
  // The PyTorch code panel follows: the line that builds the graph, then the one that runs backward.
  const codeLine = page.locator(".code-panel .line.active");
  await expect(codeLine).toHaveText("cost = x**2 - 4*x");
  // Forward through every node (x, 2, x^2, 4, 4x, the output), the seed, then the first backward step.
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText(/Backward through x\^2 - 4x: .*1 · 1 = 1.*1 · −1 = −1/);
  await page.keyboard.press("ArrowLeft");
  await expect(live).toHaveText(/Backward starts at the output/);
  await expect(codeLine).toHaveText("    cost.backward()");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  // The last step adds x^2's share to what 4*x passed: −4 + 20 = 16.
  await expect(live).toContainText("−4 + 20 = 16");
  await expect(region.locator("output")).toHaveText("Step 10 of 10");

  const results = await new AxeBuilder({ page }).include(".graph-panel").analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: "test-results/screens/graph-en.png", fullPage: true });
});

test("a graph over 60 nodes starts folded; a fold opens on click", async ({ page }) => {
  await page.goto("/");
  const big = Array.from({ length: 14 }, (_, i) => `sin(${i + 1}x + y)^2`).join(" + ");
  await page.getByRole("textbox", { name: "Function" }).fill(big);
  const region = page.getByRole("region", { name: "Computational graph", exact: true });
  const folds = region.getByRole("button", { name: /nodes folded: click to open/ });
  await expect(folds.first()).toBeVisible();
  const n = await folds.count();
  await folds.first().click();
  await expect(folds).toHaveCount(n - 1);
  await region.screenshot({ path: "test-results/screens/graph-folded.png" });
});

test("Forget zero_grad() accumulates gradients and drops the zeroing line from the code", async ({
  page,
}) => {
  await page.goto("/");
  const code = page.locator(".code-panel code");
  await expect(code).toContainText("x.grad.data.zero_()");
  const before = await page.getByRole("region", { name: "Gradient descent", exact: true }).innerText();
  await page.getByRole("checkbox", { name: "Forget zero_grad()" }).check();
  await expect(page.getByText("Without zero_grad(), backward() adds")).toBeVisible();
  await expect(code).not.toContainText("zero_()");
  await expect(page.getByRole("region", { name: "Gradient descent", exact: true })).not.toHaveText(before);
  // The table shows .grad as it accumulates (zero-grad.json: 16 at x₀, then 16 + 15.36 = 31.36)
  const table = page.locator(".table-panel table");
  await expect(table.locator("thead")).toContainText("accumulated gradient");
  await expect(table.locator("tbody tr").nth(1).locator("td.accumulated")).toHaveText("31.36");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test("in Thai: กราฟการคำนวณ with the same numbers, axe clean; presentation enlarges it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "ไทย" }).click();
  const region = page.getByRole("region", { name: "กราฟการคำนวณ", exact: true });
  await expect(region).toBeVisible();
  await expect(region).toContainText("∂ 16");
  await expect(region).toContainText("ตรงกัน");
  await region.getByRole("button", { name: "ตั้งต้นใหม่" }).click();
  await region.getByRole("button", { name: "ถัดไป" }).click();
  await expect(region.locator(".said")).toContainText("ขาไป:");
  await page.getByRole("checkbox", { name: "ลืมเรียก zero_grad()" }).check();
  await expect(page.getByText("ถ้าไม่เรียก zero_grad()")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: "test-results/screens/graph-th.png", fullPage: true });

  await page.setViewportSize({ width: 1280, height: 720 });
  const normalSize = await region.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole("button", { name: "โหมดนำเสนอ" }).click();
  // The projector's board has no room for the graph: the header's toggle puts the graph on screen instead.
  await expect(region).toBeHidden();
  await page.getByRole("button", { name: "แสดงกราฟการคำนวณเต็มจอ" }).click();
  await expect(region).toBeVisible();
  await expect(region).toContainText("ตรงกัน");
  const box = (await region.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.width).toBeGreaterThan(0.8 * 1280);
  // Its type is larger than on the page (1280 wide, normal mode: measured before the toggle's press).
  const size = await region.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(normalSize);
  await page.screenshot({ path: "test-results/screens/graph-presentation.png" });
  await page.getByRole("button", { name: "แสดงกราฟการคำนวณเต็มจอ" }).click();
  await expect(region).toBeHidden();
});
