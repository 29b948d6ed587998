import { test, expect } from "@playwright/test";

test.use({ locale: "en-US" });

test("step, play, pause and reset move the highlighted iterate", async ({ page }) => {
  await page.goto("/");
  const position = page.locator(".position");
  const current = page.locator("tr[aria-current]");
  const codeLine = page.locator(".code-panel .line.active");
  await expect(position).toHaveText("Step 0 of 106");
  await expect(current.locator("td").first()).toHaveText("0");
  await expect(codeLine.first()).toContainText("torch.tensor(10");

  const step = page.getByRole("button", { name: "Step", exact: true });
  await step.click();
  await step.click();
  await expect(position).toHaveText("Step 2 of 106");
  await expect(current.locator("td").first()).toHaveText("2");
  await expect(current.locator("td").nth(1)).toHaveText("9.3728");
  await expect(codeLine).toHaveText("    x.data.sub_(alpha * x.grad)");

  // Play at the top speed runs to the end; pause holds the position.
  await page.getByLabel("Speed (steps per second)").selectOption("1000");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(position).toHaveText("Step 106 of 106");
  await expect(current.locator("td").first()).toHaveText("106");
  await expect(codeLine).toContainText("print(");

  await page.getByRole("button", { name: "Reset" }).click();
  await expect(position).toHaveText("Step 0 of 106");
  await page.getByLabel("Speed (steps per second)").selectOption("5");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.waitForTimeout(700);
  await page.getByRole("button", { name: "Pause" }).click();
  const paused = await position.textContent();
  expect(paused).not.toBe("Step 0 of 106");
  expect(paused).not.toBe("Step 106 of 106");
  await page.waitForTimeout(500);
  await expect(position).toHaveText(paused!);

  await page.getByRole("button", { name: "Reset" }).click();
  await expect(position).toHaveText("Step 0 of 106");
});

test("10,000 iterations animate without freezing the page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Function" }).fill("x^2 - 4x");
  await page.getByLabel("Tolerance").fill("0");
  await page.getByLabel("Iteration limit").fill("10000");
  await page.getByLabel("Learning rate α", { exact: true }).fill("0.0001");
  await expect(page.locator(".position")).toHaveText("Step 0 of 10,000");
  // Only a window of rows is in the DOM.
  expect(await page.locator(".table-panel tbody tr").count()).toBeLessThanOrEqual(100);
  await page.getByLabel("Speed (steps per second)").selectOption("1000");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForTimeout(1500);
  await page.getByRole("button", { name: "Pause" }).click();
  const text = (await page.locator(".position").textContent()) ?? "";
  const k = Number(/Step ([\d,]+)/.exec(text)![1]!.replace(/,/g, ""));
  expect(k).toBeGreaterThan(500);
  await expect(page.locator("tr[aria-current] td").first()).toHaveText(String(k));
});
