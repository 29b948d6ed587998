import { test, expect } from "@playwright/test";

test.use({ locale: "en-US" });

test("a two-variable preset draws a contour map with the descent path", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Presets").selectOption("himmelblau");
  await expect(page.getByRole("textbox", { name: "Function" })).toHaveValue(
    "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
  );
  await expect(page.getByText("Variables: x, y")).toBeVisible();
  // One start field per variable.
  await expect(page.getByLabel("Start x₀")).toHaveValue("0");
  await expect(page.getByLabel("Start y₀")).toHaveValue("0");

  const plot = page.getByRole("region", { name: "Plot" });
  const svg = plot.locator("svg").first();
  await expect(svg).toBeVisible();
  // Contour bands and lines are paths with real geometry (traced in a worker: they arrive after the first frame).
  const paths = svg.locator("path");
  await expect.poll(() => paths.count()).toBeGreaterThan(10);
  await expect
    .poll(() => paths.evaluateAll((ps) => ps.filter((p) => (p.getAttribute("d") ?? "").length > 50).length))
    .toBeGreaterThan(10);

  await expect(page.getByRole("region", { name: "Gradient descent", exact: true })).toContainText(
    "Converged",
  );
  await expect(page.getByRole("region", { name: "PyTorch code" })).toContainText(
    "y.data.sub_(alpha * y.grad)",
  );
  await page.screenshot({ path: "test-results/screens/himmelblau-en.png", fullPage: true });

  // A new start re-runs at once.
  await page.getByLabel("Start x₀").fill("-3");
  await page.getByLabel("Start y₀").fill("-3");
  await expect(page.getByRole("region", { name: "PyTorch code" })).toContainText("x = torch.tensor(-3,");
  await expect(page.getByRole("region", { name: "Gradient descent", exact: true })).toContainText("−3.7");
});

test("the saddle x² − y² has no minimum, and the panels say so in words", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Presets").selectOption("saddle");
  await expect(page.getByRole("region", { name: "Closed form" })).toContainText("No minimum");
  await expect(page.getByRole("region", { name: "Calculus" })).toContainText("No minimum");
  await expect(page.getByRole("region", { name: "Gradient descent", exact: true })).toContainText(
    /Diverged|keeps falling/,
  );
  await expect(page.locator("body")).not.toContainText("NaN");
  await page.screenshot({ path: "test-results/screens/saddle-en.png", fullPage: true });
});

test("presets with no minimum or a non-quadratic say so", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Presets").selectOption("exp");
  await expect(page.getByRole("region", { name: "Calculus" })).toContainText("never reaches");
  await expect(page.getByRole("region", { name: "Closed form" })).toContainText("does not apply");
  await page.getByLabel("Presets").selectOption("cubic");
  await expect(page.getByRole("region", { name: "Calculus" })).toContainText("unbounded below");
  await expect(page.getByRole("region", { name: "Calculus" })).toContainText("local minimum");
});
