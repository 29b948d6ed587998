import { test, expect, type Page } from "@playwright/test";

// The projector layout: at 1280×720 and 1920×1080 in presentation mode, every card's answer (or its reason), the
// comparison's verdict and the plot lie inside the viewport with nothing scrolled, for presets of one and two
// variables, in both languages. Then the stepped reveal by keyboard.
test.use({ locale: "en-US" });

const LANG = {
  en: {
    button: "Presentation",
    panels: ["Closed form", "Calculus", "Gradient descent"],
    one: "One method at a time",
    said: /Closed form, step 1 of \d+/,
    x1: "Step 1 of 106",
    said3: /Gradient descent, step 3 of \d+: x_1 = 9\.68/,
  },
  th: {
    button: "โหมดนำเสนอ",
    panels: ["รูปแบบปิด", "แคลคูลัส", "การเคลื่อนลงตามเกรเดียนต์"],
    one: "ทีละวิธี",
    said: /รูปแบบปิด ขั้นที่ 1 จาก \d+/,
    x1: "ปรับค่าแล้ว 1 จาก 106 ครั้ง",
    said3: /การเคลื่อนลงตามเกรเดียนต์ ขั้นที่ 3 จาก \d+: x_1 = 9\.68/,
  },
} as const;
type Lang = keyof typeof LANG;

async function open(page: Page, lang: Lang) {
  await page.goto("/");
  if (lang === "th") await page.getByRole("button", { name: "ไทย" }).click();
  await page.getByRole("button", { name: LANG[lang].button, exact: true }).click();
}

async function choose(page: Page, what: string) {
  if (what.startsWith("=")) {
    await page.getByRole("textbox").first().fill(what.slice(1));
    await page.locator("body").click({ position: { x: 2, y: 2 } });
  } else await page.locator("#presets").selectOption(what);
}

const inside = (b: { x: number; y: number; width: number; height: number }, w: number, h: number) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5;

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
] as const)
  for (const lang of ["en", "th"] as const)
    test(`presentation at ${w}×${h} in ${lang}: answers, verdict and plot on one screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      // The presets are picked in the desk view (the picker is hidden when presenting), then presented.
      for (const what of ["tutorial", "rosenbrock", "himmelblau", "=sin(x) + x^2/10"]) {
        await page.goto("/");
        if (lang === "th") await page.getByRole("button", { name: "ไทย" }).click();
        await choose(page, what);
        await page.getByRole("button", { name: LANG[lang].button, exact: true }).click();
        await expect(page.locator(".app.presentation")).toBeVisible();
        const plot = page.locator("section.plots svg").first();
        await expect(plot).toBeVisible();
        await page.waitForTimeout(300); // the plot is drawn to the height its box is given
        expect(await page.evaluate(() => [scrollY, document.documentElement.scrollHeight])).toEqual([0, h]);
        for (const name of LANG[lang].panels) {
          const region = page.getByRole("region", { name });
          const answer = region.locator(".answer");
          await expect(answer).toBeVisible();
          expect((await answer.innerText()).trim().length, `${what}: ${name} says something`).toBeGreaterThan(
            3,
          );
          const [a, r] = [(await answer.boundingBox())!, (await region.boundingBox())!];
          expect(inside(a, w, h), `${what}: ${name}'s answer is on the screen`).toBe(true);
          expect(a.y + a.height <= r.y + r.height + 0.5, `${what}: ${name}'s answer is inside its card`).toBe(
            true,
          );
        }
        for (const [what2, el] of [
          ["plot", plot],
          ["verdict", page.locator(".comparison .verdict")],
        ] as const)
          expect(inside((await el.boundingBox())!, w, h), `${what}: the ${what2} is on the screen`).toBe(
            true,
          );
        await page.screenshot({
          path: `test-results/screens/projector-${w}-${lang}-${what.replace(/\W/g, "")}.png`,
        });
      }
    });

for (const lang of ["en", "th"] as const)
  test(`stepped reveal by keyboard in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, lang);
    const [closed, calculus, descent] = LANG[lang].panels.map((name) => page.getByRole("region", { name }));
    const counts = () =>
      Promise.all([closed, calculus, descent].map((r) => r!.locator(".steps > li").count()));
    const pending = page.locator(".answer.pending");
    const position = page.locator("output.position");
    await expect(pending).toHaveCount(0);
    // Every method has its steps (the calculus worker may answer after the page first shows).
    await expect(page.locator('section.panel[aria-busy="true"]')).toHaveCount(0);
    for (const r of [closed, calculus, descent])
      await expect(r!.locator(".steps > li").first()).toBeVisible();
    const full = await counts();

    // Lockstep: each press shows one more line of every method; the answers wait for the end.
    await page.keyboard.press("ArrowRight");
    expect(await counts()).toEqual([1, 1, 1]);
    await expect(pending).toHaveCount(3);
    await expect(page.locator(".app > [aria-live]")).toContainText(LANG[lang].said);
    await page.keyboard.press(" ");
    expect(await counts()).toEqual([2, 2, 2]);
    await page.keyboard.press("ArrowRight");
    expect(await counts()).toEqual([3, 3, 3]);
    // Gradient descent's third line is its first update: the plot's iterate is x₁.
    await expect(position).toHaveText(LANG[lang].x1);
    // What is said is the revealed line, not the iterate's own announcement.
    await expect(page.locator(".app > [aria-live]")).toContainText(LANG[lang].said3);
    await page.keyboard.press("ArrowLeft");
    expect(await counts()).toEqual([2, 2, 2]);

    // A field keeps its keys: Space and → type there, the board does not move.
    const field = page.getByRole("textbox").first();
    await field.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("End");
    expect(await counts()).toEqual([2, 2, 2]);
    await page.locator("body").click({ position: { x: 2, y: 2 } });

    // To the end: every line, then every answer.
    for (let i = 0; i < 40 && (await pending.count()) > 0; i++) await page.keyboard.press("ArrowRight");
    await expect(pending).toHaveCount(0);
    expect(await counts()).toEqual(full);

    // One method at a time: a press shows the next line of the first unfinished method only.
    await page.getByRole("button", { name: LANG[lang].one }).click();
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.getByRole("button", { name: LANG[lang].one }).click(); // still pressed (aria-pressed stays true)
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    for (let i = 0; i < 40 && (await counts()).some((c) => c > 0); i++)
      await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await counts()).toEqual([2, 0, 0]);
    await page.screenshot({ path: `test-results/screens/reveal-${lang}.png` });

    await page.keyboard.press("Escape");
    await expect(page.locator(".app.presentation")).toHaveCount(0);
    expect(await counts()).toEqual(full);
  });
