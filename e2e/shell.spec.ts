import { test, expect } from "@playwright/test";

test("the shell has the labelled function input and the three method regions", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Descent Lab/);
  await expect(page.getByLabel("Function")).toBeVisible();
  for (const name of ["Closed form", "Calculus", "Gradient descent"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
});
