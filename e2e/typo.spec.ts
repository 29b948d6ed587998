import { test, expect } from "@playwright/test";

test.use({ locale: "en-US" });

test("a typo is underlined at its span, with the message beside the input", async ({ page }) => {
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  await input.fill("x^2 - 4x)");

  await expect(input).toHaveAttribute("aria-invalid", "true");
  const mark = page.locator(".function-input mark");
  await expect(mark).toHaveText(")");
  const message = page.locator("#function-error");
  await expect(message).toBeVisible();
  await expect(message).toContainText(")");
  // The message is the input's description, so a screen reader reads it with the field.
  await expect(input).toHaveAttribute("aria-describedby", "function-error");
  await expect(input).toHaveAccessibleDescription(/\)/);
  // The panels keep the last good function's results, dimmed, and say so; never broken numbers.
  await expect(page.getByText("Showing the results for the last function without a mistake.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Closed form" })).toContainText("x* = 2");
  await expect(page.locator("body")).not.toContainText("NaN");
  await page.screenshot({ path: "test-results/screens/typo-en.png", fullPage: true });

  // An unknown function is marked at its name.
  await input.fill("x^2 + foo(x)");
  await expect(mark).toHaveText("foo");

  // Fixing the text clears the mark and brings the answers back.
  await input.fill("x^2 - 4x");
  await expect(input).toHaveAttribute("aria-invalid", "false");
  await expect(mark).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Closed form" }).locator(".result .arg")).toHaveText(
    "x* = 2",
  );
});

test("an unfinished expression marks its end", async ({ page }) => {
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  await input.fill("x^2 -");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".function-input mark")).toHaveCount(1);
  await expect(page.locator("#function-error")).toBeVisible();
});
