import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PRESETS } from "../renderer/src/lib/presets.ts";

// Issue 14: Thai a teacher would write, and a page keyboard and screen-reader users can follow.
test.use({ locale: "en-US" });

const LANGS = [
  { lang: "en", button: "English", lr: "Learning rate α", present: "Presentation" },
  { lang: "th", button: "ไทย", lr: "อัตราการเรียนรู้ α", present: "โหมดนำเสนอ" },
] as const;

async function open(page: Page, lang: "en" | "th") {
  await page.goto("/");
  await page.locator(".function-input .katex").first().waitFor();
  if (lang === "th") await page.getByRole("button", { name: "ไทย" }).click();
}

/**
 * Where the lines of an element's text start, as offsets into its text: a character whose box sits lower than
 * the one before starts a line. Each must be a word boundary of Intl.Segmenter in the page's language, or follow
 * a space.
 */
async function breaksInsideWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const lang = document.documentElement.lang;
    const seg = new Intl.Segmenter(lang, { granularity: "word" });
    const range = document.createRange();
    const box = (node: Text, i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getClientRects()[0] ?? null;
    };
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.offsetParent) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; from: number }[] = [];
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, from: text.length });
        text += (n as Text).data;
      }
      const cuts = new Set<number>([0]);
      for (const s of seg.segment(text)) cuts.add(s.index);
      // Candidate line starts: each text node's first character, and inside a node the first character of each of
      // its line fragments (found by binary search on the characters' tops), so a paragraph costs a few boxes.
      const starts: { node: Text; i: number; at: number }[] = [];
      for (const { node, from } of nodes) {
        if (node.data.length === 0) continue;
        starts.push({ node, i: 0, at: from });
        range.selectNodeContents(node);
        const lines = [...range.getClientRects()];
        for (const line of lines.slice(1)) {
          let lo = 0;
          let hi = node.data.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const r = box(node, mid);
            if (r && r.top >= line.top - 1) hi = mid;
            else lo = mid + 1;
          }
          starts.push({ node, i: lo, at: from + lo });
        }
      }
      for (const { node, i, at } of starts) {
        if (at === 0 || /\s/.test(text[at - 1]!) || /\s/.test(text[at]!) || cuts.has(at)) continue;
        const prev = nodes.findLast((n) => n.from <= at - 1)!;
        const before = box(prev.node, at - 1 - prev.from);
        const here = box(node, i);
        if (before && here && here.top >= before.bottom - 1)
          bad.push(`${text.slice(Math.max(0, at - 8), at)}|${text.slice(at, at + 8)}`);
      }
    }
    return bad;
  }, selector);
}

for (const p of PRESETS)
  test(`${p.id}: no line of a worked step or reason breaks inside a word, in both languages, normal and presented`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await open(page, "en");
    await page.locator("#presets").selectOption(p.id);
    for (const { lang, button } of LANGS)
      for (const mode of ["normal", "presentation"] as const) {
        await page.getByRole("button", { name: button, exact: true }).click();
        const on = (await page.locator(".app.presentation").count()) > 0;
        if ((mode === "presentation") !== on) await page.locator("button.present").click();
        await page.evaluate(() =>
          document
            .querySelectorAll(".panels details")
            .forEach((d) => ((d as HTMLDetailsElement).open = true)),
        );
        const bad = await breaksInsideWords(
          page,
          ".panels .note, .panels .plain, .panels .reason, .cell.verdict",
        );
        expect(bad, `${lang} ${mode}`).toEqual([]);
        if (p.id === "tutorial" && lang === "th")
          await page.screenshot({ path: `test-results/screens/classroom-th-${mode}.png`, fullPage: true });
      }
  });

for (const { lang, present } of LANGS) {
  test(`${lang}: the learning-rate field marks −1 and "abc" invalid, says so, and keeps α`, async ({
    page,
  }) => {
    await open(page, lang);
    const field = page.getByLabel(LANGS.find((l) => l.lang === lang)!.lr, { exact: true });
    for (const bad of ["-1", "abc", "0"]) {
      await field.fill(bad);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      const problem = page.locator("#lr-exact-problem");
      await expect(problem).toBeVisible();
      await expect(problem).toContainText("α = 0.02");
      await expect(field).toHaveAttribute("aria-describedby", "lr-exact-problem");
    }
    if (lang === "th") await page.screenshot({ path: "test-results/screens/lr-invalid-th.png" });
    await field.fill("0.05");
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
    // Arrow keys step on a log scale: ten steps a decade.
    await field.press("ArrowUp");
    await expect(field).toHaveValue("0.063");
    await field.press("Shift+ArrowDown");
    await expect(field).toHaveValue("0.0063");
  });

  test(`${lang}: Step announces the new iterate through a live region that was there before`, async ({
    page,
  }) => {
    await open(page, lang);
    const live = page.locator('.app > [aria-live="polite"]');
    await expect(live).toHaveCount(1);
    await page.locator(".bar button").first().click();
    await expect(live).toContainText(
      lang === "en" ? "Update 1 of 106: x = 9.68, f = 54.98" : "ปรับค่าครั้งที่ 1 จาก 106 ครั้ง: x = 9.68, f = 54.98",
    );
  });

  test(`${lang}: presentation mode meets AAA contrast (axe color-contrast-enhanced)`, async ({ page }) => {
    await open(page, lang);
    await page.getByRole("button", { name: present, exact: true }).click();
    const results = await new AxeBuilder({ page }).withRules(["color-contrast-enhanced"]).analyze();
    const failing = results.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(-1)[0]}`),
    );
    expect(failing).toEqual([]);
  });
}

test("keyboard only: type a function, fix the rate, step, skip to the plot, export the table", async ({
  page,
}) => {
  await page.goto("/");
  await page.locator(".function-input .katex").first().waitFor();
  // The first Tab reaches the skip link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the plot and the settings" })).toBeFocused();
  await page.getByRole("textbox", { name: "Function" }).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("x^2 - 6x");
  // F5 and P inside the field are the field's, not the presentation's.
  await page.keyboard.press("P");
  await page.keyboard.press("Backspace");
  await expect(page.locator(".app")).not.toHaveClass(/presentation/);
  await page.getByLabel("Learning rate α", { exact: true }).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("0.1");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("region", { name: "Gradient descent" })).toContainText("x* = 3");
  // Back to the skip link, and through it to the plot and the controls.
  await page.locator(".skip").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#workbench")).toBeFocused();
  await page.keyboard.press("Tab");
  const slider = page.getByRole("slider", { name: /^Graph of f\(x\)/ });
  await expect(slider).toBeFocused();
  await expect(slider).toHaveAttribute("aria-valuetext", /10/);
  await page.keyboard.press("ArrowLeft");
  await expect(slider).not.toHaveAttribute("aria-valuetext", /: 10$/);
  await page.getByRole("button", { name: "Step" }).focus();
  await page.keyboard.press("Enter");
  // Every focusable element has a name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, [tabindex]")]
      .filter((e) => e.tabIndex >= 0 && e.offsetParent)
      .filter((e) => {
        const labelled = e.getAttribute("aria-label") || e.getAttribute("aria-labelledby");
        const label = (e as HTMLInputElement).labels?.length;
        return !labelled && !label && !e.textContent?.trim();
      })
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).focus();
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toBe("descent-sgd.csv");
});
