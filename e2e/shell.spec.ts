import { test, expect } from "@playwright/test";
import { answers, tutorial } from "./answers.ts";

test.use({ locale: "en-US" });

test("the shell: the function, then the three methods side by side, each answer on the first screen", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Descent Lab/);
  await expect(page.getByLabel("Function")).toHaveValue(tutorial.expr);

  const viewport = page.viewportSize()!;
  const boxes = [];
  for (const [region, arg, value] of answers(page)) {
    await expect(region).toBeVisible();
    await expect(arg).toBeVisible();
    await expect(value).toBeVisible();
    const a = (await value.boundingBox())!;
    expect(a.y + a.height, "the answer is on the first screen").toBeLessThanOrEqual(viewport.height);
    boxes.push((await region.boundingBox())!);
  }
  await expect(page.getByRole("region", { name: "Gradient descent" })).toContainText(
    `Converged after ${tutorial.untilTolerance.iterations} steps.`,
  );
  // One row, left to right, equal widths, no overlap, inside the window.
  const [a, b, c] = boxes as [(typeof boxes)[0], (typeof boxes)[0], (typeof boxes)[0]];
  expect(Math.abs(a.y - b.y) + Math.abs(b.y - c.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.width - b.width) + Math.abs(b.width - c.width)).toBeLessThanOrEqual(2);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x);
  expect(b.x + b.width).toBeLessThanOrEqual(c.x);
  expect(a.x).toBeGreaterThanOrEqual(0);
  expect(c.x + c.width).toBeLessThanOrEqual(viewport.width);
  expect(a.width).toBeGreaterThan(viewport.width / 4);
  // The function field sits above the panels.
  const input = (await page.getByLabel("Function").boundingBox())!;
  expect(input.y + input.height).toBeLessThanOrEqual(a.y);
});
