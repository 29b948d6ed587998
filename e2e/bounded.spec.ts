import { test, expect } from "@playwright/test";

// Issue 8: deep or heavy inputs end with a clear message, never an uncaught error; the newest keystroke wins.
test.use({ locale: "en-US" });

test("10,000 minus signs or a 1,000-level power tower: a clear message, no page error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  for (const text of ["-".repeat(10_000) + "x", Array(1000).fill("x").join("^")]) {
    await input.fill(text);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#function-error")).toContainText("nested too deeply");
  }
  // At the limit itself the formula is shown (typeset, or a sentence saying it is too deep to typeset).
  await input.fill(Array(501).fill("x").join("^"));
  await expect(input).toHaveAttribute("aria-invalid", "false");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/screens/bounded-tower-500-en.png" });
  await page.getByRole("button", { name: "ไทย" }).click();
  await page.getByRole("textbox", { name: "ฟังก์ชัน" }).fill("-".repeat(10_000) + "x");
  await expect(page.locator("#function-error")).toContainText("ซ้อนกันลึกเกินไป");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/screens/bounded-deep-th.png" });
  expect(errors).toEqual([]);
});

// A smoke test: with the work budget the heavy job is itself short, so this passes even without stopping the
// superseded worker; the stopping logic is tested in renderer/src/lib/calculus-job.test.ts.
test("after a heavy input, the next keystroke's calculus answer comes promptly", async ({ page }) => {
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  const calculus = page.getByRole("region", { name: "Calculus" });
  await input.fill(Array(20_000).fill("x").join("*")); // seconds of work in the worker
  await page.waitForTimeout(300); // the worker has started on it
  await input.fill("x^2 - 4x");
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 2", { timeout: 3000 });
  await page.screenshot({ path: "test-results/screens/bounded-next-keystroke.png" });
});

// The computational graph is bounded too: a function with more nodes than it draws says so (and the page stays
// responsive: the next keystroke still answers), instead of tracing and laying out thousands of nodes.
test("a graph too large to draw says how large it is, and the page keeps answering", async ({ page }) => {
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  await input.fill(Array(1500).fill("x").join("*"));
  const graph = page.getByRole("region", { name: "Computational graph", exact: true });
  await expect(graph).toContainText(/more than the 1,000 drawn here/, { timeout: 15_000 });
  await input.fill("x^2 - 4x");
  await expect(graph).toContainText("60", { timeout: 10_000 });
});
