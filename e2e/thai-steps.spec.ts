import { test, expect } from "@playwright/test";

// The core's own sentences (step notes, reasons, the run's message) follow the language switch live.
test.use({ locale: "en-US" });

test("step notes and the gradient descent message switch to Thai and back without a reload", async ({
  page,
}) => {
  await page.goto("/");
  const closed = page.getByRole("region", { name: "Closed form" });
  await expect(closed).toContainText(
    "Add and subtract (b/2a)² = (−2)² = 4: half the coefficient of x, squared.",
  );
  await page.getByLabel("Learning rate α", { exact: true }).fill("1.5");
  const descent = page.getByRole("region", { name: "Gradient descent" });
  await expect(descent).toContainText("Try a smaller learning rate.");
  // A marker that survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  await page.getByRole("button", { name: "ไทย" }).click();
  const closedTh = page.getByRole("region", { name: "รูปแบบปิด", exact: true });
  const calcTh = page.getByRole("region", { name: "แคลคูลัส", exact: true });
  const descentTh = page.getByRole("region", { name: "การเคลื่อนลงตามเกรเดียนต์", exact: true });
  await expect(closedTh).toContainText("บวกและลบด้วย (b/2a)² = (−2)² = 4: ครึ่งหนึ่งของสัมประสิทธิ์ของ x ยกกำลังสอง");
  await expect(closedTh).toContainText("เท่ากันเมื่อ"); // inside the KaTeX \text{…}
  await expect(calcTh).toContainText("หาอนุพันธ์");
  await expect(calcTh).toContainText("จุดวิกฤต: จุดที่ความชันเป็น 0");
  await expect(calcTh).toContainText("f″(2) = 2 > 0: เป็นค่าต่ำสุดสัมพัทธ์");
  await expect(descentTh).toContainText("หลังการปรับค่า 17 ครั้ง");
  await expect(descentTh).toContainText("ลองลดอัตราการเรียนรู้");
  for (const english of [
    "Add and subtract",
    "Differentiate.",
    "Critical points",
    "Try a smaller",
    "with equality",
  ])
    await expect(page.getByText(english)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await page.evaluate(() =>
    document.querySelectorAll(".panels details").forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  await page.screenshot({ path: "test-results/screens/thai-steps.png", fullPage: true });
  // Thai inside KaTeX's \text{…} has a face with Thai glyphs (KaTeX's own fonts have none).
  const katexThai = await page.evaluate(async () => {
    await document.fonts.ready;
    const family = getComputedStyle(document.querySelector(".panels .katex")!).fontFamily;
    return family.startsWith('"Code Thai"') && document.fonts.check('16px "Code Thai"', "เท่ากันเมื่อ");
  });
  expect(katexThai).toBe(true);
  // Nothing spills out of a panel sideways.
  const spill = await page.evaluate(() =>
    [...document.querySelectorAll(".panels .panel")].some((p) => p.scrollWidth > p.clientWidth + 1),
  );
  expect(spill).toBe(false);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("region", { name: "Closed form" })).toContainText("Add and subtract (b/2a)²");
  await expect(page.getByRole("region", { name: "Gradient descent" })).toContainText(
    "Try a smaller learning rate.",
  );
});

test.describe("with a Thai system language", () => {
  test.use({ locale: "th-TH" });
  test("a two-variable preset's reasons come from the calculus worker in Thai", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("ตัวอย่าง").selectOption({ label: "โรเซนบร็อก (Rosenbrock)" });
    const calc = page.getByRole("region", { name: "แคลคูลัส", exact: true });
    await expect(calc).toContainText("เกณฑ์ของซิลเวสเตอร์");
    await expect(calc).toContainText("อนุพันธ์ย่อย: เกรเดียนต์ ∇f");
    await expect(page.getByRole("region", { name: "รูปแบบปิด", exact: true })).toContainText(
      "การทำให้เป็นกำลังสองสมบูรณ์ใช้ได้กับพหุนามกำลังสองเท่านั้น แต่ฟังก์ชันนี้มีดีกรี 4",
    );
    for (const english of ["Sylvester", "partial derivatives", "completing the square"])
      await expect(page.getByText(english)).toHaveCount(0);
    await page.evaluate(() =>
      document.querySelectorAll(".panels details").forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    await page.screenshot({ path: "test-results/screens/thai-steps-rosenbrock.png", fullPage: true });
  });
});
