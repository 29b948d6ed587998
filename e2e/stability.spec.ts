import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

// Gradient descent that teaches stability (issue 13): the largest stable step from the curvature at the start,
// the bound a diverging run crossed with a one-click fix, and a local minimum named in the comparison. The
// curvatures come from SymPy (core/fixtures/stability.json).

const { cases } = JSON.parse(
  readFileSync(new URL("../core/fixtures/stability.json", import.meta.url), "utf8"),
) as {
  cases: { expr: string; x0: Record<string, number>; eigenvalues: number[] }[];
};
const lambdaMax = (expr: string, x0: Record<string, number>) => {
  const c = cases.find((k) => k.expr === expr && JSON.stringify(k.x0) === JSON.stringify(x0))!;
  return c.eigenvalues[c.eigenvalues.length - 1]!;
};
const SUP: Record<string, string> = {
  "-": "⁻",
  0: "⁰",
  1: "¹",
  2: "²",
  3: "³",
  4: "⁴",
  5: "⁵",
  6: "⁶",
  7: "⁷",
  8: "⁸",
  9: "⁹",
};
/** A number as the page writes it (en-US): six significant digits, powers of ten beyond 10⁹ and below 10⁻⁴. */
const board = (v: number) => {
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e9 || a < 1e-4)) {
    const [m, e] = v.toExponential(5).split("e");
    return `${Number(m)}\u202f×\u202f10${[...String(Number(e))].map((d) => SUP[d]).join("")}`;
  }
  return new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 }).format(v).replace("-", "−");
};

const TUTORIAL = "x^2 - 4x";
const ROSENBROCK = "(1 - x)^2 + 100(y - x^2)^2";
const descent = (page: Page) => page.getByRole("region", { name: "Gradient descent", exact: true });
/** Beside the settings: the bound, the contraction factor and why α is what it is. */
const steps = (page: Page) => page.getByRole("group", { name: "Step size and curvature" });

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("x² − 4x: α < 2/f″(x₀) = 1, and the tutorial's α = 0.02 contracts by |1 − α f″|", async ({ page }) => {
    await page.goto("/");
    const l = lambdaMax(TUTORIAL, { x: 10 });
    const card = descent(page);
    await expect(steps(page)).toContainText(`α < 2/f″(x₀) = 2/${board(l)} = ${board(2 / l)}.`);
    await expect(steps(page)).toContainText(
      `|1 − α f″| = |1 − 0.02 · ${board(l)}| = ${board(Math.abs(1 - 0.02 * l))}`,
    );
    // The tutorial keeps its α and its 106 steps.
    await expect(page.getByLabel("Learning rate α", { exact: true })).toHaveValue("0.02");
    await expect(card).toContainText("Converged after 106 steps.");
    await expect(steps(page)).not.toContainText("chosen from the curvature");
  });

  test("typed Himmelblau stops short of (3, 2), and the comparison says so", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Function").fill("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
    const comparison = page.getByRole("region", { name: "Comparison", exact: true });
    await expect(comparison).toContainText(
      "Gradient descent is in the valley of the minimum at (x, y) = (3, 2)",
    );
    await expect(comparison).not.toContainText("do not agree");
    await page.getByRole("button", { name: "ไทย" }).click();
    await expect(page.getByRole("region", { name: "เปรียบเทียบผล", exact: true })).toContainText(
      "อยู่ในหุบเขาของค่าต่ำสุดที่ (x, y) = (3, 2) แล้ว แต่หยุดก่อนถึง",
    );
  });

  test("typed Rosenbrock: the bound 2/λₘₐₓ at its start, and an α from it that converges", async ({
    page,
  }) => {
    await page.goto("/");
    const input = page.getByLabel("Function");
    await input.fill(ROSENBROCK);
    const l = lambdaMax(ROSENBROCK, { x: 10, y: 1 });
    const card = descent(page);
    await expect(page.getByLabel("Start y₀")).toHaveValue("1");
    await expect(steps(page)).toContainText(`α < 2/λₘₐₓ = 2/${board(l)} = ${board(2 / l)}`);
    await expect(steps(page)).toContainText(`α = ${board(5e-6)} chosen from the curvature at the start`);
    await expect(card).toContainText("Converged after");
    await expect(card).not.toContainText("Diverged");
    await page.screenshot({ path: "test-results/screens/stability-rosenbrock.png", fullPage: true });

    // Back to one variable: the α from before returns.
    await input.fill(TUTORIAL);
    await expect(page.getByLabel("Learning rate α", { exact: true })).toHaveValue("0.02");
  });

  test("the Rosenbrock preset (Adam from (−1.2, 1)): the plain-gradient-descent bound, said to be plain's", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByLabel("Presets").selectOption("rosenbrock");
    const l = lambdaMax(ROSENBROCK, { x: -1.2, y: 1 });
    const card = descent(page);
    await expect(steps(page)).toContainText(`α < 2/λₘₐₓ = 2/${board(l)} = ${board(2 / l)}`);
    await expect(steps(page)).toContainText("These bounds are for plain gradient descent");
    // The preset keeps its settings.
    await expect(page.getByLabel("Learning rate α", { exact: true })).toHaveValue("0.02");
    await expect(steps(page)).not.toContainText("chosen from the curvature");
  });

  test("a diverging run says which bound α crossed, and 'use α = …' fixes it", async ({ page }) => {
    await page.goto("/");
    const l = lambdaMax(TUTORIAL, { x: 10 });
    const lr = page.getByLabel("Learning rate α", { exact: true });
    await lr.fill("1.5");
    await lr.press("Tab");
    const card = descent(page);
    await expect(card).toContainText("Diverged");
    await expect(card).toContainText(`α = 1.5 > 2/f″(x₀) = ${board(2 / l)}`);
    await expect(steps(page)).toContainText(
      `|1 − 1.5 · ${board(l)}| = ${board(Math.abs(1 - 1.5 * l))}, not less than 1`,
    );
    // No giant row of digits in the card or beside the settings: f is written in powers of ten.
    expect(await card.innerText()).not.toMatch(/\d{10}/);
    expect(await steps(page).innerText()).not.toMatch(/\d{10}/);
    const use = card.getByRole("button", { name: "Use α = 0.5" });
    await page.screenshot({ path: "test-results/screens/stability-diverged.png", fullPage: true });
    await use.click();
    await expect(lr).toHaveValue("0.5");
    await expect(card).toContainText("Converged");
    await expect(card).not.toContainText("beyond the stable bound");
  });
});

/** The local minimum calculus lists that is not the answer: "x = 3.83747". */
async function localMinimum(page: Page, calculusName: string, localWord: string): Promise<string> {
  const items = page.getByRole("region", { name: calculusName, exact: true }).locator(".critical li");
  await expect(items).toHaveCount(3);
  const texts = await items.allInnerTexts();
  const answer = await page
    .getByRole("region", { name: calculusName, exact: true })
    .locator(".result .arg")
    .innerText();
  const x = answer.replace(/^x\* = /, "");
  return texts.find((s) => s.includes(localWord) && !s.startsWith(`x = ${x}:`))!.split(":")[0]!;
}

test.describe("a local minimum named", () => {
  test.use({ locale: "en-US" });
  for (const lang of ["en", "th"] as const) {
    test(`sin(x) + x^2/10 from x₀ = 10 (${lang})`, async ({ page }) => {
      await page.goto("/");
      if (lang === "th") await page.getByRole("button", { name: "ไทย" }).click();
      const words =
        lang === "en"
          ? {
              fn: "Function",
              calc: "Calculus",
              cmp: "Comparison",
              local: "local minimum",
              said: (at: string) => `ended in the valley of the local minimum at ${at}`,
              start: "Start from x₀ = 0",
              x0: "Start x₀",
            }
          : {
              fn: "ฟังก์ชัน",
              calc: "แคลคูลัส",
              cmp: "เปรียบเทียบผล",
              local: "ค่าต่ำสุดสัมพัทธ์",
              said: (at: string) => `ไปหยุดในหุบเขาของค่าต่ำสุดสัมพัทธ์ที่ ${at}`,
              start: "เริ่มจาก x₀ = 0",
              x0: "จุดเริ่มต้น x₀",
            };
      await page.getByRole("textbox", { name: words.fn }).fill("sin(x) + x^2/10");
      const at = await localMinimum(page, words.calc, words.local);
      const comparison = page.getByRole("region", { name: words.cmp, exact: true });
      await expect(comparison).toContainText(words.said(at));
      await expect(comparison).not.toContainText(lang === "en" ? "do not agree" : "ไม่ตรงกัน");
      await page.screenshot({ path: `test-results/screens/stability-local-${lang}.png`, fullPage: true });
      // The offered start was checked by running from it: the run now ends in the global minimum's valley.
      await comparison.getByRole("button", { name: new RegExp(`^${words.start}`) }).click();
      await expect(page.getByRole("textbox", { name: words.x0 })).toHaveValue("0");
      await expect(comparison).not.toContainText(words.local);
    });
  }
});
