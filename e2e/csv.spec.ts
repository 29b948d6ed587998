import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";

test.use({ locale: "en-US" });

test("the iteration table exports as CSV", async ({ page }) => {
  await page.goto("/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("descent-sgd.csv");
  const text = await readFile((await download.path())!, "utf8");
  const lines = text.trimEnd().split("\n");
  expect(lines[0]).toBe("k,x,f,grad_x,step_x");
  expect(lines).toHaveLength(1 + 107); // the header, x₀ and 106 updates
  const first = lines[1]!.split(",").map(Number);
  expect(first.slice(0, 4)).toEqual([0, 10, 60, 16]);
  expect(first[4]).toBeCloseTo(0.32, 12); // x₀ − x₁ = α·f′(x₀)
  const [k, x, f, grad, step] = lines[2]!.split(",").map(Number);
  expect(k).toBe(1);
  expect(x).toBeCloseTo(9.68, 12);
  expect(f).toBeCloseTo(9.68 * 9.68 - 4 * 9.68, 12);
  expect(grad).toBeCloseTo(2 * 9.68 - 4, 12);
  expect(step).toBeCloseTo(0.02 * (2 * 9.68 - 4), 12);
  const last = lines[107]!.split(",");
  expect(last[0]).toBe("106");
  expect(Number(last[1])).toBeCloseTo(2.1056, 4);
  expect(last[4]).toBe(""); // no step is taken from the last point
});

test("Adam's CSV carries its state m and v for both variables", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Presets").selectOption("booth");
  await page.getByLabel("Optimizer", { exact: true }).selectOption("adam");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const text = await readFile((await (await downloading).path())!, "utf8");
  expect(text.split("\n")[0]).toBe("k,x,y,f,grad_x,grad_y,step_x,step_y,m_x,m_y,v_x,v_y");
});
