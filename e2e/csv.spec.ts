import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { adamQuadratic as adam, tutorial } from "./fixtures.ts";

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
  expect(lines).toHaveLength(1 + tutorial.untilTolerance.trajectory.length); // the header, x₀ and 106 updates
  // Every row against PyTorch's run of the tutorial (core/fixtures/tutorial.json). The run is the same float64
  // arithmetic, measured bit for bit; 1e-15 relative allows one reordered rounding and nothing a reader could see.
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-15 * Math.abs(b);
  const run = tutorial.untilTolerance.trajectory;
  const rows = lines.slice(1).map((l) => l.split(","));
  rows.forEach((r, k) => {
    const [kk, x, f] = r.slice(0, 3).map(Number);
    expect([kk, near(x!, run[k]!.x), near(f!, run[k]!.f)], `row ${k}: ${r.join(",")}`).toEqual([
      k,
      true,
      true,
    ]);
    if (k === rows.length - 1) return;
    // The step is x_k − x_{k+1}, and plain SGD's step is α·f′(x_k) up to the rounding of x_{k+1} (2 ulps of x_k).
    const [grad, step] = r.slice(3, 5).map(Number);
    expect(near(step!, run[k]!.x - run[k + 1]!.x), `step ${k}: ${step}`).toBe(true);
    const ulps = Math.abs(step! - tutorial.lr * grad!) / (Math.abs(run[k]!.x) * 2 ** -52);
    expect(ulps, `grad ${k}: ${grad}`).toBeLessThanOrEqual(2);
  });
  expect(Number(rows[0]![3])).toBe(tutorial.firstGrad.grad);
  const last = lines[107]!.split(",");
  expect(last[0]).toBe("106");
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

// Adam's CSV row by row against torch.optim.Adam (core/fixtures/optimizers.json, "quadratic/adam/lr=0.1": x² − 4x
// from x₀ = 10): x, f, the gradient, the step x_k − x_{k+1} and the state m, v (row k shows the state its update
// used: torch's after update k + 1). The CSV prints every digit and the run makes torch's float64 operations, so
// 1e-15 relative (a rounding or two) is all the slack there is.
test("Adam's CSV is torch's run, to the last digit", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Optimizer", { exact: true }).selectOption("adam");
  await page.getByLabel("Learning rate α", { exact: true }).fill("0.1");
  await expect(page.getByRole("region", { name: "PyTorch code" })).toContainText(
    "torch.optim.Adam([x], lr=0.1)",
  );
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const lines = (await readFile((await (await downloading).path())!, "utf8")).trimEnd().split("\n");
  expect(lines[0]).toBe("k,x,f,grad_x,step_x,m_x,v_x");
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-15 * Math.abs(b);
  for (let k = 0; k < adam.steps.length - 1 && k + 1 < lines.length - 1; k++) {
    const [kk, x, f, g, step, m, v] = lines[k + 1]!.split(",").map(Number);
    const s = adam.steps[k]!;
    const next = adam.steps[k + 1]!;
    const want = [
      k,
      s.x.x!,
      s.f,
      s.grad.x!,
      s.x.x! - next.x.x!,
      next.state.exp_avg!.x!,
      next.state.exp_avg_sq!.x!,
    ];
    const got = [kk!, x!, f!, g!, step!, m!, v!];
    expect(
      got.every((a, i) => near(a, want[i]!)),
      `row ${k}: ${got.join(",")} vs torch ${want.join(",")}`,
    ).toBe(true);
  }
});
