import { test, expect } from "@playwright/test";
import { adamQuadratic } from "./fixtures.ts";

test.use({ locale: "en-US" });

test("changing the optimizer re-runs at once, without a reload", async ({ page }) => {
  await page.goto("/");
  // A marker on window survives only if the page is never reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  const descent = page.getByRole("region", { name: "Gradient descent" });
  await expect(descent).toContainText("Converged after 106 steps.");

  await page.getByLabel("Optimizer", { exact: true }).selectOption("adam");
  await expect(descent).not.toContainText("Converged after 106 steps.");
  await expect(descent).toContainText("Adam");
  const code = page.getByRole("region", { name: "PyTorch code" });
  await expect(code).toContainText("optimizer = torch.optim.Adam([x], lr=0.02)");
  await expect(code).toContainText("optimizer.step()");
  // Adam's state appears in the table.
  await expect(page.locator(".table-panel thead")).toContainText("m");
  await expect(page.locator(".table-panel thead")).toContainText("v");

  await page.getByLabel("Optimizer", { exact: true }).selectOption("momentum");
  await expect(page.getByLabel("Momentum", { exact: true })).toHaveValue("0.9");
  await expect(code).toContainText("torch.optim.SGD([x], lr=0.02, momentum=0.9)");
  await page.getByLabel("Momentum", { exact: true }).fill("0.5");
  await expect(code).toContainText("torch.optim.SGD([x], lr=0.02, momentum=0.5)");

  // The learning rate: the exact field and the log-scale slider move together.
  await page.getByLabel("Learning rate α", { exact: true }).fill("0.1");
  await expect(code).toContainText("lr=0.1,");
  const slider = page.getByLabel("Learning rate α (log scale)");
  await expect(slider).toHaveValue("-1");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByLabel("Learning rate α", { exact: true })).toHaveValue(/^0\.09/);

  // Too large a rate: the run says it diverged, in words, never NaN.
  await page.getByLabel("Optimizer", { exact: true }).selectOption("sgd");
  await page.getByLabel("Learning rate α", { exact: true }).fill("1.5");
  await expect(descent).toContainText("Diverged");
  await expect(page.locator("body")).not.toContainText("NaN");

  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
});

test("several optimizers run from the same start, each in its colour with a legend", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: "Adam" }).check();
  await page.getByRole("checkbox", { name: "Momentum" }).check();
  const legend = page.getByRole("list", { name: "Legend" });
  await expect(legend.getByRole("listitem")).toHaveText(["SGD", "Adam", "Momentum"]);
  const colours = await legend.getByRole("listitem").evaluateAll((items) =>
    items.map((li) => {
      const s = getComputedStyle(li.querySelector("[aria-hidden]") ?? li.firstElementChild!);
      return `${s.backgroundColor} ${s.backgroundImage}`;
    }),
  );
  expect(new Set(colours).size, colours.join(" ")).toBe(3);
  await page.getByRole("checkbox", { name: "Adam" }).uncheck();
  await expect(legend.getByRole("listitem")).toHaveText(["SGD", "Momentum"]);
});

// What the table shows for Adam is torch.optim.Adam's run (core/fixtures/optimizers.json, "quadratic/adam/lr=0.1":
// x² − 4x from x₀ = 10) to the precision shown: six significant digits.
const adam = adamQuadratic;
/** A number as the table prints it (en-US grouping, a real minus sign) read back. */
const shown = (text: string) => Number(text.replace(/,/g, "").replace("−", "-"));
const sixDigits = (v: number) => Number(v.toPrecision(6));

test("Adam's first iterates in the table are torch's, digit for digit", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Optimizer", { exact: true }).selectOption("adam");
  await page.getByLabel("Learning rate α", { exact: true }).fill("0.1");
  const code = page.getByRole("region", { name: "PyTorch code" });
  await expect(code).toContainText("optimizer = torch.optim.Adam([x], lr=0.1)");
  const table = page.getByRole("region", { name: "Iterations" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "k",
    "xk",
    "f(xk)",
    /./,
    /./,
    /first moment m\s*exp_avg/,
    /second moment v\s*exp_avg_sq/,
  ]);
  const rows = table.getByRole("row");
  for (let k = 0; k <= 5; k++) {
    const cells = await rows
      .nth(k + 1)
      .getByRole("cell")
      .allTextContents();
    const s = adam.steps[k]!;
    const after = adam.steps[k + 1]!.state; // row k shows the state its update used: torch's after update k + 1
    expect(cells[0]).toBe(String(k));
    expect(
      [shown(cells[1]!), shown(cells[2]!), shown(cells[3]!), shown(cells[5]!), shown(cells[6]!)],
      `row ${k}: ${cells.join(" | ")}`,
    ).toEqual([s.x.x!, s.f, s.grad.x!, after.exp_avg!.x!, after.exp_avg_sq!.x!].map(sixDigits));
  }
});
