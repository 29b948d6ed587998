import { test, expect } from "@playwright/test";

test.use({ locale: "en-US" });

test("presentation mode: large type, secondary controls hidden; a button and the P key", async ({ page }) => {
  await page.goto("/");
  const fontSize = () => page.locator(".app").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const normal = await fontSize();
  await expect(page.getByRole("region", { name: "Iterations" })).toBeVisible();

  await page.getByRole("button", { name: "Presentation" }).click();
  expect(await fontSize()).toBeGreaterThan(normal * 1.3);
  await expect(page.getByRole("region", { name: "Iterations" })).toBeHidden();
  await expect(page.getByLabel("Tolerance")).toBeHidden();
  for (const name of ["Closed form", "Calculus", "Gradient descent"])
    await expect(page.getByRole("region", { name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/presentation-en.png", fullPage: true });

  // Leave with the button, come back with the key (when focus is not in a text field).
  await page.getByRole("button", { name: "Exit presentation" }).click();
  expect(await fontSize()).toBe(normal);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("p");
  expect(await fontSize()).toBeGreaterThan(normal * 1.3);

  // Typing p into the function does not toggle the mode.
  await page.getByRole("textbox", { name: "Function" }).fill("");
  await page.getByRole("textbox", { name: "Function" }).pressSequentially("p*x^2");
  expect(await fontSize()).toBeGreaterThan(normal * 1.3);
  await page.keyboard.press("Escape");
  expect(await fontSize()).toBe(normal);
});

test("presentation mode in Thai", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "ไทย" }).click();
  await page.getByRole("button", { name: "โหมดนำเสนอ" }).click();
  await expect(page.getByRole("region", { name: "รูปแบบปิด" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/presentation-th.png", fullPage: true });
});
