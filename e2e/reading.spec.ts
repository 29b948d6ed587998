import { test, expect } from "@playwright/test";

test.use({ locale: "en-US" });

test("the variables line says how the input was read, in English and Thai; f(x) = names the function", async ({
  page,
}) => {
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  await input.fill("f(x, y) = x^2 + xy + y^2");
  const line = page.locator("#function-variables");
  await expect(line).toContainText("Variables: x, y");
  await expect(line).toContainText("xy is read as x·y; for a single variable with a longer name, write x_y");
  // The description a screen reader gives the field includes the reading.
  await expect(input).toHaveAccessibleDescription(/xy is read as x·y/);
  await expect(page.locator(".function-input .typeset")).toContainText("f(x,y)");
  await page.locator(".function-input summary").click();
  await expect(page.locator(".function-input .policy p")).toContainText("xy is x·y");
  await page.screenshot({ path: "test-results/screens/reading-en.png", fullPage: true });

  // Unicode as typed, and a named function: no note when nothing was inferred.
  await input.fill("g(t) = t² − 2√t");
  await expect(line).toHaveText("Variables: t");
  await expect(page.locator(".function-input .typeset")).toContainText("g(t)");
  // The plot is labelled with the name too.
  await expect(page.getByRole("slider", { name: /^Graph of g\(x\)/ })).toBeVisible();

  await input.fill("2xy");
  await page.getByRole("button", { name: "ไทย" }).click();
  await expect(page.locator("#function-variables")).toContainText(
    "xy อ่านเป็น x·y; ถ้าต้องการตัวแปรตัวเดียวที่มีชื่อยาว ให้เขียน x_y",
  );
  await page.screenshot({ path: "test-results/screens/reading-th.png", fullPage: true });
  await page.getByRole("button", { name: "โหมดนำเสนอ" }).click();
  await page.setViewportSize({ width: 1280, height: 720 });
  // The reading stays on the board; the policy summary is a secondary control, hidden while presenting.
  await expect(page.locator("#function-variables")).toContainText("xy อ่านเป็น x·y");
  await expect(page.locator(".function-input .policy")).toBeHidden();
  await page.screenshot({ path: "test-results/screens/reading-th-presentation.png" });
});
