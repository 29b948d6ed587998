import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
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

// Adam's CSV row by row against torch.optim.Adam (core/fixtures/optimizers.json, "quadratic/adam/lr=0.1": x² − 4x
// from x₀ = 10): x, f, the gradient, the step x_k − x_{k+1} and the state m, v (row k shows the state its update
// used: torch's after update k + 1). The CSV prints every digit and the run makes torch's float64 operations, so
// 1e-15 relative (a rounding or two) is all the slack there is.
test("Adam's CSV is torch's run, to the last digit", async ({ page }) => {
  interface TorchStep {
    x: Record<string, number>;
    f: number;
    grad: Record<string, number>;
    state: { exp_avg?: Record<string, number>; exp_avg_sq?: Record<string, number> };
  }
  const adam = (
    JSON.parse(readFileSync(new URL("../core/fixtures/optimizers.json", import.meta.url), "utf8")) as {
      cases: { name: string; steps: TorchStep[] }[];
    }
  ).cases.find((c) => c.name === "quadratic/adam/lr=0.1")!;
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
