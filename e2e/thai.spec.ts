import { test, expect } from "@playwright/test";

test.describe("in English by default", () => {
  test.use({ locale: "en-US" });
  test("the switch to Thai changes every UI string, names the regions in Thai and sets <html lang>", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "ไทย" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
    await expect(page.getByRole("button", { name: "ไทย" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("textbox", { name: "ฟังก์ชัน" })).toBeVisible();
    for (const name of ["รูปแบบปิด", "แคลคูลัส", "การเคลื่อนลงตามเกรเดียนต์"]) {
      await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("region", { name: "การเคลื่อนลงตามเกรเดียนต์", exact: true })).toContainText(
      "ลู่เข้าหลังปรับค่า 106 ครั้ง",
    );
    await expect(page.getByRole("button", { name: "เล่น" })).toBeVisible();
    // No English UI words left in the main controls.
    for (const english of ["Closed form", "Gradient descent", "Play", "Reset", "Export CSV", "Iterations"]) {
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);
    }
    await page.screenshot({ path: "test-results/screens/tutorial-th.png", fullPage: true });

    // The Thai glyphs come from the bundled Sarabun face, not a missing-glyph box.
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Sarabun"', "ฟังก์ชัน");
    });
    expect(fontOk).toBe(true);
    // The program's comments are in Thai too, in a monospace stack that starts with a Thai face.
    const code = page.locator(".code-panel code");
    await expect(code).toContainText("# float64 ความละเอียด");
    expect(await code.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/^"Code Thai"/);

    // A mistake is said once, in Thai: the parser's sentence, not a heading for its kind before it.
    await page.getByRole("textbox", { name: "ฟังก์ชัน" }).fill("x^2 - 4x)");
    await expect(page.locator("#function-error")).toContainText("ข้อผิดพลาด:");
    await expect(page.locator("#function-error")).not.toContainText("มีสัญลักษณ์ที่ไม่ควรอยู่ตรงนี้");
    // The parser's own sentence in Thai too, not English.
    await expect(page.locator("#function-error")).toContainText("มี ')' เกินมา");
    await expect(page.locator("#function-error")).not.toContainText("Unexpected");
    await page.screenshot({ path: "test-results/screens/typo-th.png", fullPage: true });
    await page.getByRole("textbox", { name: "ฟังก์ชัน" }).fill("x^2 - 4x");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("region", { name: "Closed form" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("with a Thai system language", () => {
  test.use({ locale: "th-TH" });
  test("the app opens in Thai", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
    await expect(page.getByRole("region", { name: "รูปแบบปิด" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "ฟังก์ชัน" })).toBeVisible();
  });
});
