import { test, expect } from "@playwright/test";

// The tutorial's journey: x² − 4x from x₀ = 10 with α = 0.02 and tol = 10⁻³.
test.use({ locale: "en-US" });

test("typing x^2 - 4x: the three methods, the comparison and the PyTorch code", async ({ page }) => {
  await page.goto("/");
  const input = page.getByLabel("Function");
  await input.fill("");
  await input.fill("x^2 - 4x");

  const closed = page.getByRole("region", { name: "Closed form" });
  const calculus = page.getByRole("region", { name: "Calculus" });
  const descent = page.getByRole("region", { name: "Gradient descent" });

  for (const panel of [closed, calculus]) {
    await expect(panel.locator(".result .arg")).toHaveText("x* = 2");
    await expect(panel.locator(".result .val")).toHaveText("f(x*) = −4");
  }
  await expect(closed).toContainText("(x - 2)^2 ≥ 0 and is 0 only at x = 2");

  await expect(descent).toContainText("Converged after 106 steps.");
  await expect(descent.locator(".result .arg")).toContainText("x* = 2.1056");

  const comparison = page.getByRole("region", { name: "Comparison" });
  // The tutorial's lesson: the tolerance is on f, so x stops 0.1056 short of the minimiser.
  await expect(comparison).toContainText("Gradient descent's f is close to the minimum, but its x is not");
  await expect(comparison.locator(".distance")).toContainText("0.1056");

  const code = page.getByRole("region", { name: "PyTorch code" });
  await expect(code).toContainText("x.grad");
  await expect(code).toContainText("cost.backward()");
  await expect(code).toContainText("x = torch.tensor(10, dtype=torch.float64, requires_grad=True)");

  // Steps are expandable.
  const first = closed.locator("details").first();
  await first.locator("summary").click();
  await expect(first).toHaveAttribute("open", "");

  await page.screenshot({ path: "test-results/screens/tutorial-en.png", fullPage: true });
});
