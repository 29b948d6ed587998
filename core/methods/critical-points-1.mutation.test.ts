// One variable, numerically: the neighbouring-values test and what the scan reports at domain edges, plateaus and
// far out, pinned where `npm run mutation core/methods/critical-points-1.ts` found them loose. The neighbour test is
// fed plain functions that are lower or higher only at chosen distances; the scan's expected edges, plateaus and
// limits are the functions' own (√(1 − x²) is defined on [−1, 1], relu is 0 on (−∞, 0], log x → −∞ as x → 0⁺).
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { derivative } from "../diff/derivative.ts";
import { neighbourTest1, scan1 } from "./critical-points-1.ts";
import { named, placed } from "./limits.ts";
import { fmt, type Point } from "./result.ts";
import { msg } from "../messages/index.ts";

const x = "x";
/** f(r + t) as a function of the offset t alone. */
const around = (r: number, g: (t: number) => number) => (p: Point) => g(p[x]! - r);

describe("neighbourTest1: f at r ± d·(1 + |r|), d = 10⁻³, 10⁻⁴, 10⁻⁵, until the sides say something", () => {
  it.each<[string, number, (t: number) => number, string]>([
    ["higher on both sides", 0, (t) => t * t, "minimum"],
    ["lower on both sides", 0, (t) => -t * t, "maximum"],
    ["lower left, higher right", 0, (t) => t, "saddle"],
    ["higher left, lower right", 0, (t) => -t, "saddle"],
    ["equal left, higher right", 0, (t) => Math.max(t, 0), "minimum"],
    ["equal left, lower right", 0, (t) => Math.min(t, 0), "maximum"],
    ["lower left, equal right", 0, (t) => Math.min(-t, 0), "maximum"],
    ["flat at every distance tried", 0, () => 0, "minimum"],
    [
      "undefined at the first distance, higher at the second",
      0,
      (t) => (Math.abs(t) > 5e-4 ? NaN : t * t),
      "minimum",
    ],
    ["undefined on one side at the first distance only", 0, (t) => (t < -5e-4 ? NaN : -t * t), "maximum"],
    // At r = 3 the distances are 4·10⁻³, 4·10⁻⁴, …: lower only near 4·10⁻⁴, so the first step sees nothing.
    [
      "r = 3: lower only at the second distance, scaled by 1 + |r|",
      3,
      (t) => (Math.abs(Math.abs(t) - 4e-4) < 4e-5 ? -1 : 0),
      "maximum",
    ],
    [
      "r = −3: higher only at the third distance",
      -3,
      (t) => (Math.abs(Math.abs(t) - 4e-5) < 4e-6 ? 1 : 0),
      "minimum",
    ],
  ])("%s", (_, r, g, want) => {
    const f = around(r, g);
    expect(neighbourTest1(f, r, x, f({ x: r }))).toBe(want);
  });
});

const scan = (text: string) => {
  const node = parse(text);
  return scan1(node, derivative(node, x), x);
};

describe("scan1: edges, plateaus and limits as the function has them", () => {
  it("√(1 − x²): defined on [−1, 1], its ends are candidates with their values, the top is a root of f′", () => {
    const s = scan("sqrt(1 - x^2)");
    expect(s.endpoints).toStrictEqual(
      [-1, 1].map((e) => ({ x: { x: e }, f: 0, ...named(msg("scan.edge", { x, at: fmt(e, 8) })) })),
    );
    expect(s.limits).toStrictEqual([]);
    expect(s.roots).toStrictEqual([0]);
    expect([s.plateaus, s.constant]).toStrictEqual([[], false]);
  });

  it("relu(x): 0 on (−∞, 0], so no limit toward −∞; +∞ toward +∞", () => {
    const s = scan("relu(x)");
    expect(s.plateaus).toStrictEqual([
      { set: { lo: null, hi: 0, loClosed: false, hiClosed: true }, value: 0, at: 0 },
    ]);
    expect(s.limits).toStrictEqual([{ value: Infinity, ...placed(msg("scan.toward", { x, to: "+∞" })) }]);
    expect([s.roots, s.endpoints, s.constant]).toStrictEqual([[], [], false]);
  });

  it("log(x): +∞ far out, −∞ at the domain's edge 0", () => {
    const s = scan("log(x)");
    expect(s.limits).toStrictEqual([
      { value: Infinity, ...placed(msg("scan.toward", { x, to: "+∞" })) },
      { value: -Infinity, ...placed(msg("scan.towardEdge", { x, to: fmt(0, 8) })) },
    ]);
    expect([s.roots, s.endpoints]).toStrictEqual([[], []]);
    expect(s.range).toBe(`[${fmt(-20)}, ${fmt(20)}]`);
  });

  it("x² + 1/x: one critical point (2^(−1/3)), poles either side of 0", () => {
    const s = scan("x^2 + 1/x");
    expect(s.roots).toHaveLength(1);
    expect(Math.abs(s.roots[0]! - 2 ** (-1 / 3))).toBeLessThanOrEqual(1e-15);
    expect(s.limits.map((l) => l.value)).toStrictEqual([Infinity, Infinity, -Infinity, Infinity]);
  });
});

describe("scan1: poles and isolated points, whole", () => {
  it("tan(x): a pole at each π/2 + kπ in [−20, 20], +∞ from the left and −∞ from the right, nearest 0 first", () => {
    const s = scan("tan(x)");
    const xs = (i: number) => -20 + (40 * i) / 4000;
    const poles = Array.from({ length: 12 }, (_, j) => Math.PI / 2 + (j - 6) * Math.PI);
    // Worked out nearest the origin first, by the grid cell each pole lies in (ties: the cell further left).
    const mid = (r: number) => {
      const k = Math.floor((r + 20) / 0.01);
      const i = xs(k) < r ? k : k - 1;
      return Math.abs(xs(i) + xs(i + 1));
    };
    const order = [...poles].sort((p, q) => mid(p) - mid(q));
    expect(s.limits).toStrictEqual(
      order.flatMap((r) => [
        { value: Infinity, ...placed(msg("scan.toward", { x, to: `${fmt(r, 8)}⁻` })) },
        { value: -Infinity, ...placed(msg("scan.toward", { x, to: `${fmt(r, 8)}⁺` })) },
      ]),
    );
    expect([s.roots, s.endpoints, s.plateaus, s.constant, s.domain]).toStrictEqual([
      [],
      [],
      [],
      false,
      undefined,
    ]);
  });

  it("x^x: real on (0, ∞) and at the negative integers only; its one critical point 1/e; → 1 at the edge 0", () => {
    const s = scan("x^x");
    expect(s.roots).toHaveLength(1);
    expect(Math.abs(s.roots[0]! - Math.exp(-1))).toBeLessThanOrEqual(1e-15);
    expect(s.limits).toStrictEqual([
      { value: Infinity, ...placed(msg("scan.toward", { x, to: "+∞" })) },
      { value: 1, ...placed(msg("scan.towardEdge", { x, to: fmt(0, 8) })) },
    ]);
    expect(s.domain).toStrictEqual({
      set: [{ lo: 0, hi: null, loClosed: false, hiClosed: false }],
      isolated: Array.from({ length: 20 }, (_, k) => -(k + 1)),
    });
    expect([s.endpoints, s.plateaus, s.constant]).toStrictEqual([[], [], false]);
  });
});

describe("scan1: the window, exact zeros of f′, constant functions", () => {
  // The lowest sample at an end of [−20, 20] widens the window tenfold; the minimum is near ∓50 (f′ = 2(x ± 50) + cos x).
  it.each([50, -50])(
    "(x − %d)² + sin x: the window widens to [−200, 200] and finds the one critical point",
    (c) => {
      const s = scan(`(x - ${c})^2 + sin(x)`);
      expect(s.range).toBe(`[${fmt(-200)}, ${fmt(200)}]`);
      expect(s.roots).toHaveLength(1);
      expect(Math.abs(2 * (s.roots[0]! - c) + Math.cos(s.roots[0]!))).toBeLessThanOrEqual(1e-12);
      expect(s.limits.map((l) => l.value)).toStrictEqual([Infinity, Infinity]);
    },
  );

  it("x + sin x: lowest at the left end, but f → −∞ there already: the window stays [−20, 20]", () => {
    const s = scan("x + sin(x)");
    expect(s.range).toBe(`[${fmt(-20)}, ${fmt(20)}]`);
    expect(s.limits).toStrictEqual([
      { value: -Infinity, ...placed(msg("scan.toward", { x, to: "−∞" })) },
      { value: Infinity, ...placed(msg("scan.toward", { x, to: "+∞" })) },
    ]);
  });

  it("exp(−x⁴): f′ underflows to exactly 0 past |x| ≈ 5.2 out to the grid's ends, which is no critical point", () => {
    const s = scan("exp(-x^4)");
    expect(s.roots).toStrictEqual([0]);
    expect(s.limits.map((l) => l.value)).toStrictEqual([0, 0]);
  });

  it("exp((x − 1/2)²): f′ is exactly 0 at the grid point 1/2, between non-zero neighbours", () =>
    expect(scan("exp((x - 0.5)^2)").roots).toStrictEqual([0.5]));

  it("x/x: 1 on both sides of 0, so constant where defined; sign(x): −1 and 1, not constant, 0 at the jump", () => {
    const open = (lo: number | null, hi: number | null) => ({ lo, hi, loClosed: false, hiClosed: false });
    const q = scan("x/x");
    expect([q.plateaus, q.constant, q.roots, q.endpoints, q.limits]).toStrictEqual([
      [
        { set: open(null, 0), value: 1, at: -1 },
        { set: open(0, null), value: 1, at: 1 },
      ],
      true,
      [],
      [],
      [],
    ]);
    // x/|x|: the same two plateaus and nothing else defined, so only their values tell it is not constant
    const t = scan("x/abs(x)");
    expect([t.plateaus.map((p) => p.value), t.constant]).toStrictEqual([[-1, 1], false]);
    const s = scan("sign(x)");
    expect([s.plateaus, s.constant, s.endpoints]).toStrictEqual([
      [
        { set: open(null, 0), value: -1, at: -1 },
        { set: open(0, null), value: 1, at: 1 },
      ],
      false,
      [{ x: { x: 0 }, f: 0, ...named(msg("scan.jump", { x, at: fmt(0, 8) })) }],
    ]);
  });
});
