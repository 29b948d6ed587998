import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "@playwright/test";
import { tutorial, shown } from "./answers.ts";

// Issue 14: the plot's data as a table a screen reader can read — the tutorial run's points, one row per update,
// with the numbers of the tutorial (x² − 4x from 10, α = 0.02, tol = 10⁻³); in both languages; axe clean.
test.use({ locale: "en-US" });

test("the data table behind the plot holds the tutorial run's numbers", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Function").fill("x^2 - 4x");
  const disclosure = page.locator("details.data");
  // Closed, the tables are not built at all (they would be rebuilt for every keystroke, unseen).
  await expect(disclosure.locator("summary")).toBeVisible();
  await expect(disclosure.locator("table, tr")).toHaveCount(0);
  await disclosure.locator("summary", { hasText: "Data table behind the plot" }).click();
  const run = page.getByRole("table", { name: /Gradient descent's points/ });
  const traj = (tutorial.untilTolerance as unknown as { trajectory: { x: number; f: number }[] }).trajectory;
  await expect(run.locator("tbody tr")).toHaveCount(traj.length);
  // Rows 0, 1 and the last: k, x_k, f(x_k) as the formatter writes them.
  for (const k of [0, 1, traj.length - 1]) {
    const cells = run.locator("tbody tr").nth(k);
    await expect(cells.locator("th")).toHaveText(String(k));
    await expect(cells.locator("td").nth(0)).toHaveText(shown(traj[k]!.x));
    await expect(cells.locator("td").nth(1)).toHaveText(shown(traj[k]!.f));
  }
  await expect(page.getByRole("table", { name: "f at evenly spaced points across the run" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include("details.data").analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("data-en.png"), fullPage: true });

  await page.getByRole("button", { name: "ไทย" }).click();
  await expect(page.locator("details.data summary")).toHaveText("ตารางข้อมูลของกราฟ");
  const th = page.getByRole("table", { name: /จุดของการเคลื่อนลงตามเกรเดียนต์/ });
  await expect(th.locator("tbody tr").nth(1).locator("td").nth(0)).toHaveText(shown(traj[1]!.x));
  await page.screenshot({ path: test.info().outputPath("data-th.png"), fullPage: true });
});

test("two variables: the table is the path drawn on the contour map", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Function").fill("x^2 + 3y^2");
  await page.locator("details.data summary").click();
  const run = page.getByRole("table", { name: /Gradient descent's points/ });
  await expect(run.locator("thead th")).toHaveText(["k", "xk", "yk", "f(xk)"]);
  await expect(run.locator("tbody tr").first().locator("th")).toHaveText("0");
  const axe = await new AxeBuilder({ page }).include("details.data").analyze();
  expect(axe.violations).toEqual([]);
});
