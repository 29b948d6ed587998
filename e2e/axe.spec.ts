import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test.use({ locale: "en-US" });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("no serious or critical axe violations in English", async ({ page }) => {
  await page.goto("/");
  await page.locator(".function-input .katex").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical axe violations in Thai", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "ไทย" }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical axe violations in presentation mode", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Presentation" }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical axe violations in presentation mode in Thai, on a two-variable preset", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "ไทย" }).click();
  await page.getByLabel("ตัวอย่าง").selectOption("booth");
  await page.getByRole("button", { name: "โหมดนำเสนอ" }).click();
  // The contour map is drawn (presenting, the loss chart is no longer in this region but beside it).
  await expect(page.getByRole("region", { name: "กราฟ", exact: true }).getByRole("slider")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical axe violations with a typo, two variables and compared runs", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Presets").selectOption("rosenbrock");
  await page.getByRole("checkbox", { name: "RMSprop" }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("textbox", { name: "Function" }).fill("x^2 - 4x)");
  expect(await seriousViolations(page)).toEqual([]);
});

test("every control is reachable by keyboard with a visible focus ring", async ({ page }) => {
  await page.goto("/");
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: `${el.tagName}:${el.getAttribute("aria-label") ?? el.id ?? ""}:${el.textContent?.slice(0, 20) ?? ""}`,
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!info) continue;
    expect(info.outline, info.key).toBe(true);
    seen.add(info.key);
  }
  const all = [...seen].join("\n");
  expect(all).toContain("function-input");
  expect(all).toContain("lr-slider");
  expect(all).toMatch(/BUTTON:.*Play/);
});
