import { test, expect, type Page } from "@playwright/test";

// Issue 13, item 2: a keystroke asks the calculus and gradient-descent workers at once, so they work while the
// keystroke's own frame (the typeset function) is drawn. Their answers wait for the panels (the task after that
// frame), so the frame shows the new formula and the panels change afterwards, all together. Without the wait an
// answer that came before the panels had taken the new function would be lost, and they would never change (the
// last expectation); answer-gate.test.ts tests the wait itself.
test.use({ locale: "en-US" });

/** Every message posted to a worker, as [the worker's name (calculus, descent, …), the message as JSON], in
 *  `window.asked`. */
const logWorkerRequests = (page: Page) =>
  page.addInitScript(() => {
    const W = window.Worker;
    const asked: [string, string][] = [];
    (window as unknown as { asked: typeof asked }).asked = asked;
    window.Worker = class extends W {
      name: string;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.name = String(url).split("/").pop()!.split(/[-.?]/)[0]!;
      }
      postMessage(message: unknown, transfer?: unknown) {
        asked.push([this.name, JSON.stringify(message)]);
        return super.postMessage(message, transfer as Transferable[]);
      }
    } as typeof Worker;
  });
/** The names of the workers asked since `window.asked` was last emptied. */
const workersAsked = (page: Page) =>
  page.evaluate(() => (window as unknown as { asked: [string, string][] }).asked.map(([name]) => name));

test("a keystroke asks the workers before its frame; their answers wait, and the panels change together", async ({
  page,
}) => {
  await logWorkerRequests(page);
  await page.goto("/");
  const calculus = page.getByRole("region", { name: "Calculus" });
  const descent = page.getByRole("region", { name: "Gradient descent" });
  await expect(descent).toContainText("Converged after 106 steps.");
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 2");

  const seen = await page.evaluate(async () => {
    const input = document.getElementById("function-input") as HTMLInputElement;
    const text = (id: string) => document.getElementById(`${id}-title`)!.closest("section")!.textContent!;
    const before = { calculus: text("calculus"), descent: text("descent") };
    const log = (window as unknown as { asked: [string, string][] }).asked;
    log.length = 0;
    input.value = "x^2 - 6x";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const asked = log.map(([worker, message]) => [worker, message.includes('"x^2 - 6x"')]);
    return await new Promise<{ asked: (string | boolean)[][]; unchanged: boolean; typeset: string }>(
      (resolve) =>
        requestAnimationFrame(() =>
          resolve({
            asked,
            unchanged: text("calculus") === before.calculus && text("descent") === before.descent,
            typeset: document.querySelector(".function-input .katex-mathml annotation")?.textContent ?? "",
          }),
        ),
    );
  });
  // Asked in the input event itself, for the new text.
  expect(seen.asked).toContainEqual(["calculus", true]);
  expect(seen.asked).toContainEqual(["descent", true]);
  // The keystroke's frame shows the new formula, and the panels as they were (the answers held).
  expect(seen.typeset).toContain("6");
  expect(seen.unchanged).toBe(true);
  // Then both panels answer for the new function.
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 3");
  await expect(descent.locator(".result .arg")).toContainText("x* = 3");
});

test("a space typed after a complete function asks for nothing again", async ({ page }) => {
  await logWorkerRequests(page);
  await page.goto("/");
  const input = page.getByLabel("Function");
  const calculus = page.getByRole("region", { name: "Calculus" });
  await input.fill("x^2 - 6x");
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 3");
  await expect(page.locator('section.panel[aria-busy="true"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  await page.evaluate(() => ((window as unknown as { asked: unknown[] }).asked.length = 0));
  await input.press("End");
  await input.press("Space");
  await expect(input).toHaveValue("x^2 - 6x ");
  await page.waitForTimeout(300);
  const asked = await workersAsked(page);
  expect(asked.filter((w) => w === "calculus" || w === "descent")).toStrictEqual([]);
  await expect(page.locator('section.panel[aria-busy="true"]')).toHaveCount(0);
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 3");
  // And the next character that makes a new function asks again.
  await input.press("+");
  await input.press("x");
  await expect(calculus.locator(".result .arg")).toHaveText("x* = 2.5");
  expect(await workersAsked(page)).toContain("calculus");
});
