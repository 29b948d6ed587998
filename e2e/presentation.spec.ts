import { test, expect } from "@playwright/test";
import { answers } from "./answers.ts";

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

// On a 1280×720 projector the class must see every method's answer without anyone scrolling, in either language.
for (const [lang, names, button, exit] of [
  ["English", ["Closed form", "Calculus", "Gradient descent"], "Presentation", "Exit presentation"],
  ["Thai", ["รูปแบบปิด", "แคลคูลัส", "การเคลื่อนลงตามเกรเดียนต์"], "โหมดนำเสนอ", "ออกจากโหมดนำเสนอ"],
] as const) {
  test(`presentation at 1280×720 in ${lang}: the three answers are on the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto("/");
    if (lang === "Thai") await page.getByRole("button", { name: "ไทย" }).click();
    await page.getByRole("button", { name: button }).click();
    await expect(page.getByRole("button", { name: exit })).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const [region, arg, value] of answers(page, [...names])) {
      await expect(region).toBeVisible();
      for (const line of [arg, value]) {
        await expect(line).toBeVisible();
        const b = (await line.boundingBox())!;
        expect(b.x >= 0 && b.y >= 0, `${await line.textContent()} starts on screen`).toBe(true);
        expect(
          b.x + b.width <= 1280 && b.y + b.height <= 720,
          `${await line.textContent()} ends on screen`,
        ).toBe(true);
      }
    }
    await page.screenshot({ path: `test-results/screens/presentation-720p-${lang}.png` });
  });
}
