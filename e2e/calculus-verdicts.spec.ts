import { test, expect } from "@playwright/test";

// Issue 8: a minimum attained on a whole set is named as the set and drawn as one; x^x is solved on x > 0 only.
test.use({ locale: "en-US" });

test("relu(x): the minimum 0 on (−∞, 0], in the panel, on the plot and in the comparison", async ({
  page,
}) => {
  await page.goto("/");
  const input = page.getByLabel("Function");
  await input.fill("relu(x)");
  const calculus = page.getByRole("region", { name: "Calculus" });
  await expect(calculus.locator(".result .arg")).toHaveText("x* ∈ (−∞, 0]");
  await expect(calculus.locator(".result .val")).toHaveText("f(x*) = 0");
  await expect(calculus).not.toContainText("≠ 0 on");
  // The set is drawn along f = 0: a band from the left edge to a filled (closed) end at x = 0.
  const band = page.locator(".minimum-set line");
  await expect(band).toHaveCount(1);
  const [x1, x2] = await band.evaluate((l) => [Number(l.getAttribute("x1")), Number(l.getAttribute("x2"))]);
  expect(x2 - x1).toBeGreaterThan(50);
  await expect(page.locator(".minimum-set circle")).toHaveCount(1);
  await expect(page.locator(".minimum-set circle.open")).toHaveCount(0);
  await expect(page.locator(".minimum-label")).toContainText("x ∈ (−∞, 0]");
  await page.screenshot({ path: test.info().outputPath("relu-en.png"), fullPage: true });

  await page.getByRole("button", { name: "ไทย" }).click();
  await expect(page.getByRole("region", { name: "แคลคูลัส", exact: true })).toContainText("ทุกค่า x ใน (−∞, 0]");
  await page.screenshot({ path: test.info().outputPath("relu-th.png"), fullPage: true });
});

test("sign(x): an open end is drawn hollow", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Function").fill("sign(x)");
  await expect(page.getByRole("region", { name: "Calculus" }).locator(".result .arg")).toHaveText(
    "x* ∈ (−∞, 0)",
  );
  await expect(page.locator(".minimum-set circle.open")).toHaveCount(1);
});

test("x^x: the minimum e^(−1/e) at 1/e on the real domain, not −1 at x = −1", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Function").fill("x^x");
  const calculus = page.getByRole("region", { name: "Calculus" });
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 0.367879");
  await expect(calculus.locator(".result .val")).toHaveText("f(x*) = 0.692201");
  await expect(calculus).toContainText("f is real only for x in (0, ∞)");
  // The domain line typesets as x ∈ (0, ∞) (KaTeX's \in), not the letters "in".
  await expect(calculus.locator(".katex-mathml annotation", { hasText: /x \\in \\left\(/ })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("xx-en.png"), fullPage: true });
  await page.getByRole("button", { name: "ไทย" }).click();
  await expect(page.getByRole("region", { name: "แคลคูลัส", exact: true })).toContainText(
    "เป็นจำนวนจริงเฉพาะเมื่อ",
  );
  await page.screenshot({ path: test.info().outputPath("xx-th.png"), fullPage: true });
});

test("presentation mode at 1280×720 shows the set on the plot", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  await page.getByLabel("Function").fill("abs(x - 1) + abs(x + 1)");
  await page.getByRole("button", { name: "Presentation" }).click();
  await expect(page.locator(".minimum-set circle")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Calculus" }).locator(".result .arg")).toHaveText(
    "x* ∈ [−1, 1]",
  );
  await page.locator(".minimum-set").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("presentation-abs.png") });
});

test("sin(x): the minimum in every period, not only inside the window; Thai too", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Function").fill("sin(x)");
  const calculus = page.getByRole("region", { name: "Calculus" });
  await expect(calculus.locator(".result .arg")).toHaveText("x = −π/2 + 2kπ, k ∈ ℤ");
  await expect(calculus).toContainText("the minimum repeats in every period");
  await page.getByRole("button", { name: "ไทย" }).click();
  const th = page.getByRole("region", { name: "แคลคูลัส", exact: true });
  await expect(th).toContainText("ค่าต่ำสุดเกิดซ้ำในทุกคาบ");
  await expect(th.locator(".result .arg")).toHaveText("x = −π/2 + 2kπ, k ∈ ℤ");
  await page.screenshot({ path: test.info().outputPath("sin-th.png"), fullPage: true });
});

test("relu(x) + y^2 and abs(x - y): sets in two variables, and gradient descent inside them agrees", async ({
  page,
}) => {
  await page.goto("/");
  const input = page.getByLabel("Function");
  await input.fill("relu(x) + y^2");
  const calculus = page.getByRole("region", { name: "Calculus" });
  await expect(calculus.locator(".result .arg")).toHaveText("x ≤ 0, y = 0");
  await expect(calculus).not.toContainText("a local minimum");
  await input.fill("abs(x - y)");
  await expect(calculus.locator(".result .arg")).toHaveText("x − y = 0");
  // The contour map draws the line y = x.
  await expect(page.locator(".minimum-set line")).toHaveCount(1);
  // Gradient descent stops where it starts, (2, 2): on the line, so the three agree.
  await expect(page.getByRole("region", { name: "Comparison" })).not.toContainText("outside the tolerance");
  await page.screenshot({ path: test.info().outputPath("abs-xy-en.png"), fullPage: true });
  await page.getByRole("button", { name: "ไทย" }).click();
  await expect(page.getByRole("region", { name: "แคลคูลัส", exact: true })).toContainText("ไม่ใช่ที่จุดเดียว");
  await page.screenshot({ path: test.info().outputPath("abs-xy-th.png"), fullPage: true });
});

// The leading form (x − 2y)⁴ vanishes along x = 2y, between the sampled directions: followed exactly, f → −∞. A run
// that stops by its rule there is told why it stopped, in both languages.
test("(x − 2y)⁴ + x: unbounded below along −(2, 1)/√5; the comparison says why gradient descent stopped", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Function").fill("(x - 2y)^4 + x");
  const calculus = page.getByRole("region", { name: "Calculus" });
  await expect(calculus).toContainText("f → −∞ along the direction (−0.8944, −0.4472)");
  const comparison = page.getByRole("region", { name: "Comparison" });
  await expect(comparison).toContainText("f has no minimum, so there is nothing to converge to");
  await expect(comparison).not.toContainText("do not agree");
  await page.screenshot({ path: test.info().outputPath("x2y-en.png") });
  await page.getByRole("button", { name: "ไทย" }).click();
  await expect(page.getByRole("region", { name: "เปรียบเทียบผล" })).toContainText("f ไม่มีค่าต่ำสุด จึงไม่มีจุดให้ลู่เข้า");
  await page.screenshot({ path: test.info().outputPath("x2y-th.png") });
});
