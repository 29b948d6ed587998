import { test, expect, type Locator, type Page } from "@playwright/test";
import { fixture, tutorial } from "./fixtures.ts";

// The plots as the classroom page mounts them: f with its minimum, start, iterates and tangent; picking x₀ by
// pointer and keys; zoom; gaps where f is undefined; the contour map; the loss chart.
test.use({ locale: "en-US" });

const plotRegion = (page: Page) => page.getByRole("region", { name: "Plot" });
const graph = (page: Page) => plotRegion(page).getByRole("slider", { name: /^Graph of f\(x\)/ });

async function pathData(svg: Locator): Promise<string[]> {
  return svg.locator("path").evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? ""));
}

test("the tutorial's plot: minimum, start, iterates and the tangent, described for screen readers", async ({
  page,
}) => {
  await page.goto("/");
  const svg = graph(page);
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute("aria-label", /minimum: x = 2, f = −4/);
  await expect(svg).toHaveAttribute("aria-label", /starting point x₀: 10/);
  // At step 0 the current iterate is x₀ = 10, where f′ = 2·10 − 4 = 16.
  await expect(svg).toHaveAttribute("aria-label", /current x: x = 10, f = 60, slope 16/);
  await expect(svg).toContainText("minimum (2, −4)");
  await expect(svg).toContainText("slope 16");

  const ds = await pathData(svg);
  expect(ds.some((d) => d.length > 200)).toBe(true); // the curve and the iterates
  for (const d of ds) expect(d).not.toMatch(/NaN|Infinity/);

  // One step later the tangent moves to x₁ = 9.68, slope 15.36.
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await expect(svg).toHaveAttribute("aria-label", /current x: x = 9\.68, f = 54\.98, slope 15\.36/);

  const loss = plotRegion(page).getByRole("img", { name: /^Loss per iteration/ });
  await expect(loss).toBeVisible();
  await expect(loss).toContainText("f(xₖ) − f*"); // log axis of the gap, since f* = −4 is known
  await expect(loss).toContainText("10⁻¹");
  const logBox = plotRegion(page).getByRole("checkbox", { name: "Log scale" });
  await expect(logBox).toBeChecked();
  await logBox.uncheck();
  await expect(loss).not.toContainText("f(xₖ) − f*");
  await expect(loss).toContainText("f(xₖ)");
  await logBox.check();
  await expect(loss).toContainText("f(xₖ) − f*");
  await page.screenshot({ path: "test-results/screens/plots-tutorial.png", fullPage: true });
});

/**
 * The plot's scales as a reader gets them: from the tick labels on the axes (their numbers and where they stand),
 * fitted as two straight lines. `X(v)`, `Y(v)` are the SVG pixels of data v; `marker(sel)` a marker's centre.
 */
async function readScales(svg: Locator) {
  const texts = await svg.locator("text").evaluateAll((els) =>
    els.map((t) => ({
      text: t.textContent ?? "",
      x: Number(t.getAttribute("x")),
      y: Number(t.getAttribute("y")),
      anchor: t.getAttribute("text-anchor"),
    })),
  );
  const value = (s: string) =>
    /^[−-]?[\d,.]+$/.test(s) ? Number(s.replace(/,/g, "").replace("−", "-")) : NaN;
  const ticks = (anchor: string, at: "x" | "y") => {
    const rows = texts.filter((t) => t.anchor === anchor && Number.isFinite(value(t.text)));
    const counts = new Map<number, number>();
    for (const t of rows)
      counts.set(t[at === "x" ? "y" : "x"], (counts.get(t[at === "x" ? "y" : "x"]) ?? 0) + 1);
    const line = [...counts].sort((a, b) => b[1] - a[1])[0]![0]; // the row (column) the axis labels share
    return rows
      .filter((t) => t[at === "x" ? "y" : "x"] === line)
      .map((t) => ({ v: value(t.text), px: t[at] }));
  };
  const fit = (ts: { v: number; px: number }[]) => {
    expect(ts.length).toBeGreaterThanOrEqual(3);
    const [a, b] = [ts[0]!, ts[ts.length - 1]!];
    const perUnit = (b.px - a.px) / (b.v - a.v);
    const at = (v: number) => a.px + (v - a.v) * perUnit;
    for (const t of ts) expect(Math.abs(at(t.v) - t.px), `tick ${t.v}`).toBeLessThan(1e-6); // evenly spaced
    return { at, perUnit };
  };
  return { x: fit(ticks("middle", "x")), y: fit(ticks("end", "y")) };
}

// The markers stand where the axes say: half a pixel is below what anyone sees and above any rounding in the SVG.
const PX = 0.5;

test("the minimum, the current point and the tangent stand where the axes put them", async ({ page }) => {
  await page.goto("/");
  const svg = graph(page);
  await expect(svg).toHaveAttribute("aria-label", /current x: x = 10, f = 60, slope 16/);
  const check = async (x: number, f: number, slope: number) => {
    const { x: X, y: Y } = await readScales(svg);
    const centre = async (sel: string) => {
      const c = svg.locator(sel);
      return [Number(await c.getAttribute("cx")), Number(await c.getAttribute("cy"))];
    };
    const [mx, my] = await centre("circle.minimum");
    expect(Math.abs(mx! - X.at(2)), "minimum marker's x").toBeLessThanOrEqual(PX);
    expect(Math.abs(my! - Y.at(-4)), "minimum marker's y").toBeLessThanOrEqual(PX);
    const [cx, cy] = await centre("circle.current");
    expect(Math.abs(cx! - X.at(x)), "current point's x").toBeLessThanOrEqual(PX);
    expect(Math.abs(cy! - Y.at(f)), "current point's y").toBeLessThanOrEqual(PX);
    // The tangent: centred on the current point, with slope f′ there once its pixels are read back in data units.
    const [x1, y1, x2, y2] = await svg
      .locator("line.tangent")
      .evaluate((l) => ["x1", "y1", "x2", "y2"].map((a) => Number(l.getAttribute(a))));
    expect(Math.abs((x1! + x2!) / 2 - cx!) + Math.abs((y1! + y2!) / 2 - cy!)).toBeLessThanOrEqual(PX);
    const dataSlope = (y2! - y1!) / Y.perUnit / ((x2! - x1!) / X.perUnit);
    expect(Math.abs(dataSlope - slope), `tangent slope ${dataSlope}`).toBeLessThanOrEqual(
      1e-9 * Math.abs(slope),
    );
  };
  // PyTorch's run of the tutorial (core/fixtures/tutorial.json); plain SGD's step is lr·f′, so f′ = (xₖ − xₖ₊₁)/lr.
  const [p0, p1, p2] = tutorial.untilTolerance.trajectory;
  await check(p0!.x, p0!.f, tutorial.firstGrad.grad);
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await expect(svg).toHaveAttribute("aria-label", /current x: x = 9\.68/);
  await check(p1!.x, p1!.f, (p1!.x - p2!.x) / tutorial.lr);
});

test("click, drag and arrow keys set x₀; the run follows", async ({ page }) => {
  await page.goto("/");
  const svg = graph(page);
  const start = page.getByLabel("Start x₀");
  await expect(start).toHaveValue("10");

  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
  const picked = Number(await start.inputValue());
  expect(picked).toBeGreaterThan(-2);
  expect(picked).toBeLessThan(6);
  await expect(svg).toHaveAttribute(
    "aria-label",
    new RegExp(`starting point x₀: ${String(picked).replace("-", "−")}\\.`),
  );

  // Dragging keeps the range still, so the pointer's x maps to the same value all the way.
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.up();
  const dragged = Number(await start.inputValue());
  expect(dragged).toBeGreaterThan(picked);

  await svg.focus();
  await page.keyboard.press("ArrowRight");
  const afterKey = Number(await start.inputValue());
  expect(afterKey).toBeGreaterThan(dragged);
  expect(afterKey - dragged).toBeLessThan(1);
  await page.keyboard.press("Shift+ArrowLeft");
  expect(Number(await start.inputValue())).toBeLessThan(afterKey);
});

test("wheel zoom, keyboard zoom and the reset button", async ({ page }) => {
  await page.goto("/");
  const svg = graph(page);
  const reset = plotRegion(page).getByRole("button", { name: "Reset zoom" });
  await expect(reset).toHaveCount(0);
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -400);
  await expect(reset).toBeVisible();
  await reset.click();
  await expect(reset).toHaveCount(0);
  await svg.focus();
  await page.keyboard.press("+");
  await expect(reset).toBeVisible();
  await page.keyboard.press("0");
  await expect(reset).toHaveCount(0);
});

// Starts near the edge of the domain or the pole, so the fitted range shows it.
for (const [text, x0] of [
  ["log(x)", "0.5"],
  ["1/x", "0.5"],
  ["sqrt(x) + 1/(x - 3)", "3.5"],
] as const) {
  test(`${text}: gaps where f is undefined, never NaN in a path`, async ({ page }) => {
    await page.goto("/");
    const input = page.getByRole("textbox", { name: "Function" });
    await input.fill(text);
    await page.getByLabel("Start x₀").fill(x0);
    const svg = graph(page);
    await expect(svg).toBeVisible();
    const ds = await pathData(svg);
    expect(ds.some((d) => d.length > 100)).toBe(true);
    for (const d of ds) expect(d).not.toMatch(/NaN|Infinity/);
    // The curve has more than one piece (a gap at the pole), i.e. more than one "M".
    const curve = (await svg.locator("path.curve").getAttribute("d")) ?? "";
    if (text !== "log(x)") expect(curve.split("M").length - 1).toBeGreaterThan(1);
    await expect(page.locator("body")).not.toContainText("NaN");
  });
}

test("a two-variable preset: contour map, minima, start picked by click and keys", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Presets").selectOption("himmelblau");
  const map = plotRegion(page).getByRole("slider", { name: /^Contour map of f\(x, y\)/ });
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute("aria-label", /minimum: .*\(3, 2\)/);
  // Each minimum marker's centre on screen is at one of SymPy's four minimisers (minima.json), read through the axes;
  // (3, 2) among them.
  const { x: X, y: Y } = await readScales(map);
  const svgBox = (await map.boundingBox())!;
  const centres = await map.locator(".minimum").evaluateAll((gs) =>
    gs.map((g) => {
      const r = g.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    }),
  );
  expect(centres.length).toBeGreaterThanOrEqual(1);
  const himmelblau = (
    (fixture("minima") as { cases: unknown }).cases as {
      expr: string;
      argmin: Record<string, { value: number }>[];
    }[]
  ).find((c) => c.expr === "(x^2 + y - 11)^2 + (x + y^2 - 7)^2")!;
  const sympy = himmelblau.argmin.map((p) => [X.at(p.x!.value), Y.at(p.y!.value)] as const);
  for (const [cx, cy] of centres) {
    const [px, py] = [cx - svgBox.x, cy - svgBox.y];
    const off = Math.min(...sympy.map(([sx, sy]) => Math.hypot(sx - px, sy - py)));
    expect(off, `marker at (${px}, ${py}) px`).toBeLessThanOrEqual(PX);
  }
  const three = [X.at(3), Y.at(2)];
  expect(
    centres.some(([cx, cy]) => Math.hypot(cx - svgBox.x - three[0]!, cy - svgBox.y - three[1]!) <= PX),
  ).toBe(true);
  // The bands come from the contour worker: wait for them as a user would see them arrive.
  await expect
    .poll(async () => (await pathData(map)).filter((d) => d.length > 50).length)
    .toBeGreaterThan(10);
  for (const d of await pathData(map)) expect(d).not.toMatch(/NaN|Infinity/);

  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
  const x = Number(await page.getByLabel("Start x₀").inputValue());
  const y = Number(await page.getByLabel("Start y₀").inputValue());
  expect(x).toBeGreaterThan(0);
  expect(y).toBeGreaterThan(0);

  await map.focus();
  await page.keyboard.press("ArrowDown");
  expect(Number(await page.getByLabel("Start y₀").inputValue())).toBeLessThan(y);
  expect(Number(await page.getByLabel("Start x₀").inputValue())).toBe(x);
  await page.screenshot({ path: "test-results/screens/plots-himmelblau.png", fullPage: true });
});

test("the plots in Thai: labels, Thai glyphs", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "ไทย" }).click();
  const svg = page.getByRole("slider", { name: /^กราฟของ f\(x\)/ });
  await expect(svg).toContainText("จุดต่ำสุด");
  await page
    .getByRole("region", { name: "กราฟ", exact: true })
    .screenshot({ path: "test-results/screens/plots-thai.png" });
});

test("values near the largest double (1e308·x²): no NaN in any SVG attribute, no console error", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/");
  const input = page.getByRole("textbox", { name: "Function" });
  for (const text of ["1e308*x^2", "-1e308*x^2", "1e308*x", "1e308*x^2 + y^2"]) {
    await input.fill(text);
    await expect(page.locator('section.panel[aria-busy="true"]')).toHaveCount(0);
    await expect(plotRegion(page).locator('svg[data-detail="coarse"]')).toHaveCount(0);
    const bad = await plotRegion(page)
      .locator("svg, svg *")
      .evaluateAll((els) =>
        els.flatMap((el) =>
          [...el.attributes]
            .filter((a) => /NaN|Infinity/.test(a.value))
            .map((a) => `<${el.tagName} ${a.name}="${a.value.slice(0, 60)}">`),
        ),
      );
    expect(bad).toEqual([]);
  }
  expect(errors).toEqual([]);
});
