import { test, expect } from "@playwright/test";

// The cards at the desk (1440×900) for Himmelblau's function: the Calculus card folds its nine Hessians into the
// first one and a button (three alike lines stay open), and the Closed-form card, which does not apply, says why
// under its title instead of at the foot of an empty card as tall as its neighbours. Both languages.
test.use({ locale: "en-US", viewport: { width: 1440, height: 900 } });

const LANG = {
  en: {
    more: "Show 8 more like it",
    cf: "Closed form",
    calc: "Calculus",
    reason: "This method does not apply here.",
  },
  th: { more: "แสดงอีก 8 ขั้นในแบบเดียวกัน", cf: "รูปแบบปิด", calc: "แคลคูลัส", reason: null },
} as const;

for (const lang of ["en", "th"] as const)
  test(`Himmelblau at the desk in ${lang}: nine Hessians fold, the closed form's reason sits under its title`, async ({
    page,
  }) => {
    const L = LANG[lang];
    await page.goto("/");
    if (lang === "th") await page.getByRole("button", { name: "ไทย" }).click();
    await page.locator("#presets").selectOption("himmelblau");
    const calc = page.getByRole("region", { name: L.calc, exact: true });
    const more = calc.getByRole("button", { name: L.more });
    await expect(more).toBeVisible();
    // One Hessian shown before the fold; all nine after it opens.
    const hessians = calc.locator(".steps li").filter({ hasText: "H=" });
    await expect(hessians).toHaveCount(1);
    await more.click();
    await expect(hessians).toHaveCount(9);

    const cf = page.getByRole("region", { name: L.cf, exact: true });
    const title = await cf.getByRole("heading", { level: 2 }).boundingBox();
    const answer = cf.locator(".answer");
    await expect(answer).toBeVisible();
    if (L.reason) await expect(answer).toContainText(L.reason);
    const box = (await answer.boundingBox())!;
    const card = (await cf.boundingBox())!;
    // Right under the title (within two lines of it), while the card itself is far taller.
    expect(box.y - (title!.y + title!.height)).toBeLessThan(60);
    expect(card.height).toBeGreaterThan(300);
  });
