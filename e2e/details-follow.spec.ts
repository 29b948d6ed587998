import { test, expect, type Page } from "@playwright/test";

// The iteration table and the PyTorch code sit below the fold at the desk. While the teacher types, they are not
// rebuilt on every keystroke that nobody sees (that work took a core from the workers answering the keystroke):
// they follow the function once typing pauses, or at once when scrolled near. On screen, they follow each keystroke.
test.use({ locale: "en-US", viewport: { width: 1440, height: 900 } });

/** Types `keys` after the function's text, one keystroke every 60 ms, in the page; returns how many changes the
 *  table and code cards saw while typing and until the panels had answered the last keystroke. */
async function typeCounting(page: Page, keys: string): Promise<number> {
  return page.evaluate(async (keys) => {
    const input = document.getElementById("function-input") as HTMLInputElement;
    const details = document.querySelector(".details")!;
    let changes = 0;
    // The cards' contents (the stale mark on the row of cards itself is not a rebuild).
    const mo = new MutationObserver(
      (records) => (changes += records.filter((r) => r.target !== details).length),
    );
    mo.observe(details, { subtree: true, childList: true, characterData: true, attributes: true });
    for (const k of keys) {
      input.value += k;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 60));
    }
    // The last keystroke's panels: no panel waits for a worker any more.
    while (document.querySelector('section.panel[aria-busy="true"]'))
      await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    mo.disconnect();
    return changes;
  }, keys);
}

const rows = (page: Page) =>
  page
    .getByRole("region", { name: "Iterations" })
    .locator("tbody")
    .evaluate((e) => e.textContent);
const code = (page: Page) =>
  page
    .getByRole("region", { name: "PyTorch code" })
    .locator("pre")
    .evaluate((e) => e.textContent);

/** The tutorial's function, with its runs answered. */
async function open(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Gradient descent", exact: true })).not.toHaveAttribute(
    "aria-busy",
    "true",
  );
}

test("below the fold, the table and the code wait for typing to pause, then show the new function", async ({
  page,
}) => {
  await open(page);
  const before = { rows: await rows(page), code: await code(page) };
  expect(before.code).toContain("x**2 - 4*x");

  expect(await typeCounting(page, " + 3x")).toBe(0);
  // The panels on screen have the new function already.
  await expect(page.locator(".function-input")).toContainText("3x");

  // After the pause: the new function's rows and code, the same as when they are on screen.
  await expect.poll(() => code(page)).toContain("x**2 - 4*x + 3*x");
  const after = { rows: await rows(page), code: await code(page) };
  expect(after.rows).not.toBe(before.rows);
  await page.getByRole("region", { name: "Iterations" }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  expect({ rows: await rows(page), code: await code(page) }).toStrictEqual(after);
});

test("scrolled near, the table and the code follow each keystroke", async ({ page }) => {
  await open(page);
  await page.getByRole("region", { name: "Iterations" }).scrollIntoViewIfNeeded();
  const before = await rows(page);
  expect(await typeCounting(page, " + 3x")).toBeGreaterThan(0);
  // Read at once, before any pause could pass: already the new function's.
  const now = await code(page);
  expect(now).toContain("x**2 - 4*x + 3*x");
  expect(await rows(page)).not.toBe(before);
});

test("typed off screen, then scrolled near before the pause: the cards are brought up to date at once", async ({
  page,
}) => {
  await open(page);
  // Scrolled in the same task as the last keystroke: no pause has passed when the cards come near.
  const shown = await page.evaluate(async () => {
    const input = document.getElementById("function-input") as HTMLInputElement;
    input.value += " + 3x";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    while (document.querySelector('section.panel[aria-busy="true"]'))
      await new Promise((r) => setTimeout(r, 10));
    document.querySelector(".details")!.scrollIntoView();
    // The observer reports in the next frame; the cards update in it.
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return document.querySelector(".details pre")!.textContent;
  });
  expect(shown).toContain("x**2 - 4*x + 3*x");
});
