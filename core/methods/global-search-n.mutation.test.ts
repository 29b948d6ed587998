// Far out and at singular points in several variables (global-search-n.ts), pinned where `npm run mutation
// core/methods/global-search-n.ts` found them loose: which grid point is reported (coordinates in the variables'
// order), which undefined points are approached and from where, the probe cap, and tailsN's three answers for a
// polynomial (a negative direction of the leading form, positive everywhere, vanishing in some directions) and its
// rays from other base points. Expected points and directions are where the functions are singular or where their
// leading forms are lowest, by their definitions; sentences are the catalog's English.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { say } from "../messages/index.ts";
import { evaluate } from "../diff/autodiff.ts";
import { gridSingularities, tailsN, zeroDirections2 } from "./global-search-n.ts";

const grid = (text: string) => {
  const node = parse(text);
  const r = gridSingularities(node, variables(node));
  return {
    candidates: r.candidates.map((c) => ({ x: c.x, f: c.f, what: c.what, said: say(c.whatMsg!) })),
    limits: r.limits.map((l) => ({ value: l.value, where: l.where, said: say(l.whereMsg!) })),
  };
};

describe("gridSingularities: f defined, its gradient not", () => {
  it.each<[string, Record<string, number>, string]>([
    ["sqrt(x^2 + y^2)", { x: 0, y: 0 }, "(0, 0)"],
    ["sqrt((x - 1)^2 + (y + 0.5)^2) + 2", { x: 1, y: -0.5 }, "(1, -0.5)"],
    ["sqrt((x - 1.25)^2 + y^2 + (z + 2.5)^2)", { x: 1.25, y: 0, z: -2.5 }, "(1.25, 0, -2.5)"],
    ["sqrt((x + 5)^2 + (y - 5)^2)", { x: -5, y: 5 }, "(-5, 5)"],
  ])("%s: at %j", (text, x, label) => {
    const f = evaluate(parse(text), x);
    expect(grid(text)).toStrictEqual({
      candidates: [
        {
          x,
          f,
          what: `${label} (f is not differentiable there)`,
          said: `${label} (f is not differentiable there)`,
        },
      ],
      limits: [],
    });
  });

  it("one variable or four: no grid", () => {
    expect(grid("sqrt(x^2)")).toStrictEqual({ candidates: [], limits: [] });
    expect(grid("sqrt(x^2 + y^2 + z^2 + w^2)")).toStrictEqual({ candidates: [], limits: [] });
  });
});

describe("gridSingularities: f undefined, approached from its defined neighbours", () => {
  it("log(x² + y²): −∞ toward the origin, from each of its four neighbours", () => {
    const where = "as (x, y) → (0, 0)";
    const one = { value: -Infinity, where, said: where };
    expect(grid("log(x^2 + y^2)")).toStrictEqual({ candidates: [], limits: [one, one, one, one] });
  });

  it("three variables: six neighbours", () => {
    const where = "as (x, y, z) → (1.25, 0, 0)";
    const one = { value: -Infinity, where, said: where };
    expect(grid("log((x - 1.25)^2 + y^2 + z^2)").limits).toStrictEqual([one, one, one, one, one, one]);
  });

  it("1/(x² + y²) runs off to +∞ there: not a limit from below", () => {
    expect(grid("1/(x^2 + y^2)")).toStrictEqual({ candidates: [], limits: [] });
  });

  it("log(x − 4.75) + y²: undefined left of x = 4.75, approached only from the right, at most 60 probes", () => {
    const r = grid("log(x - 4.75) + y^2");
    // Each grid row y has one undefined point beside the defined column x = 5: 41 rows, one probe each.
    expect(r.limits).toHaveLength(41);
    expect(r.limits[0]).toStrictEqual({
      value: -Infinity,
      where: "as (x, y) → (4.75, -5)",
      said: "as (x, y) → (4.75, -5)",
    });
    expect(r.limits.at(-1)!.where).toBe("as (x, y) → (4.75, 5)");
  });

  it("log(y − 4.75) + x²: the same along the other variable", () => {
    const r = grid("log(y - 4.75) + x^2");
    expect(r.limits).toHaveLength(41);
    expect(r.limits[0]!.where).toBe("as (x, y) → (-5, 4.75)");
    expect(r.limits.at(-1)!.where).toBe("as (x, y) → (5, 4.75)");
  });

  it("log(x y): the axes, approached from the quadrants where x·y > 0, stopped at 60 probes", () => {
    // Rows y = −5 … −0.25: the point (0, y), from (−0.25, y): 20 probes. Row y = 0: each (x, 0) but the origin from
    // (x, −0.25) or (x, 0.25): 40 more, 60 in all. The rows above are not probed.
    const r = grid("log(x y)");
    expect(r.limits).toHaveLength(60);
    expect(r.limits.every((l) => l.value === -Infinity)).toBe(true);
    expect(r.limits[0]!.where).toBe("as (x, y) → (0, -5)");
    expect(r.limits[19]!.where).toBe("as (x, y) → (0, -0.25)");
    expect(r.limits[20]!.where).toBe("as (x, y) → (-5, 0)");
    expect(r.limits[59]!.where).toBe("as (x, y) → (5, 0)");
  });
});

describe("tailsN: a polynomial's leading form, then rays", () => {
  const tails = (text: string, bases: Record<string, number>[] = []) => {
    const node = parse(text);
    const vars = variables(node);
    const read = polynomialOf(node, vars);
    return tailsN(node, vars, read.ok ? read.poly : null, bases).map((l) => ({
      value: l.value,
      where: l.where,
      said: say(l.whereMsg!),
    }));
  };

  it("negative somewhere: −∞ along the lowest direction, with the leading terms", () => {
    const where = "along the direction (0, 1), where the leading terms x^2 - y^2 are negative";
    expect(tails("x^2 - y^2 + 3x")).toStrictEqual([{ value: -Infinity, where, said: where }]);
    // x³ + y³ is −1 at (−1, 0) and at (0, −1): the first direction found.
    const w3 = "along the direction (-1, 0), where the leading terms x^3 + y^3 are negative";
    expect(tails("x^3 + y^3 + x y")).toStrictEqual([{ value: -Infinity, where: w3, said: w3 }]);
  });

  it("positive in every direction: +∞", () => {
    const where = "in every direction (the leading terms are positive)";
    expect(tails("x^2 + y^2 - 5x")).toStrictEqual([{ value: Infinity, where, said: where }]);
    expect(tails("x^4 + y^4 + z^4 - x y z")).toStrictEqual([{ value: Infinity, where, said: where }]);
  });

  it("vanishing along x = y: rays there too, where f falls", () => {
    const r = tails("(x - y)^4 + x");
    const down = r.filter((l) => l.value === -Infinity).map((l) => l.where);
    expect(down).toContain("along the direction (-0.7071, -0.7071)");
    // Every other ray sees (x − y)⁴ win: +∞.
    expect(r.filter((l) => l.value !== -Infinity).every((l) => l.value === Infinity)).toBe(true);
  });

  it("not a polynomial: rays from the origin, 24 in two variables; NaN trends dropped", () => {
    const r = tails("exp(x) + exp(y)");
    expect(r).toHaveLength(24);
    expect(r[0]).toStrictEqual({
      value: Infinity,
      where: "along the direction (1, 0)",
      said: "along the direction (1, 0)",
    });
    expect(r.find((l) => l.where === "along the direction (-0.7071, -0.7071)")!.value).toBe(0);
    const wave = tails("sin(x) + sin(y)");
    expect(wave.length).toBeLessThan(24);
    expect(wave.some((l) => Number.isNaN(l.value))).toBe(false);
  });

  it("rays from another base point, named by it", () => {
    const r = tails("exp(x) + (y - 1)^2", [{ x: 0, y: 1 }]);
    expect(r).toHaveLength(48);
    const from = r.filter((l) => l.where.includes("from (0, 1)"));
    expect(from).toHaveLength(24);
    expect(from.find((l) => l.where === "along the direction (-1, 0) from (0, 1)")!.value).toBe(0);
    expect(r.find((l) => l.where === "along the direction (-1, 0)")!.value).toBe(1);
  });

  it("three variables: 60 directions, the six axes first", () => {
    const r = tails("exp(x) + exp(y) + exp(z)");
    expect(r).toHaveLength(60);
    expect(r.slice(0, 6).map((l) => l.where)).toStrictEqual([
      "along the direction (1, 0, 0)",
      "along the direction (-1, 0, 0)",
      "along the direction (0, 1, 0)",
      "along the direction (0, -1, 0)",
      "along the direction (0, 0, 1)",
      "along the direction (0, 0, -1)",
    ]);
    expect(r.slice(0, 6).map((l) => l.value)).toStrictEqual([Infinity, 2, Infinity, 2, Infinity, 2]);
    // The other 54: unit vectors (to the 4 digits printed), all different, each coordinate of both signs.
    const rest = r.slice(6).map((l) => /\((.*)\)/.exec(l.where)![1]!.split(", ").map(Number));
    expect(new Set(rest.map(String)).size).toBe(54);
    for (const u of rest) {
      expect(u).toHaveLength(3);
      expect(Math.abs(Math.hypot(...u) - 1)).toBeLessThan(2e-4);
    }
    for (const i of [0, 1, 2]) {
      expect(rest.some((u) => u[i]! > 0.1)).toBe(true);
      expect(rest.some((u) => u[i]! < -0.1)).toBe(true);
    }
  });
});

// The directions where a binary form vanishes, each with its opposite: (1, m) for the real roots m of lead(1, m),
// and the y axis when the yᵈ coefficient is 0. Each direction listed makes the form 0 (to rounding).
describe("zeroDirections2", () => {
  const lead = (text: string) => {
    const r = polynomialOf(parse(text), ["x", "y"]);
    if (!r.ok) throw new Error(text);
    return r.poly.homogeneous(r.poly.degree());
  };
  it.each([
    ["(x - 2y)^4", [[2, 1]]],
    ["x^2 + y^2", []],
    [
      "x y^3",
      [
        [0, 1],
        [1, 0],
      ],
    ],
    [
      "x^2 - 3y^2",
      [
        [Math.sqrt(3), 1],
        [Math.sqrt(3), -1],
      ],
    ],
    [
      "(x + y)^2 (x - 5y)",
      [
        [1, -1],
        [5, 1],
      ],
    ],
    ["y^3", [[1, 0]]],
    ["x^4", [[0, 1]]],
  ])("%s", (text, along) => {
    const form = lead(text);
    const got = zeroDirections2(form);
    const unit = (v: number[]) => v.map((c) => c / Math.hypot(...v));
    const want = along.flatMap((v) => [unit(v), unit(v).map((c) => -c)]);
    expect(got).toHaveLength(want.length);
    for (const w of want) expect(got.some((g) => g.every((c, i) => Math.abs(c - w[i]!) < 1e-12))).toBe(true);
    for (const u of got) {
      expect(Math.hypot(...u)).toBeCloseTo(1, 12);
      expect(Math.abs(form.evaluate({ x: u[0]!, y: u[1]! }))).toBeLessThan(1e-12);
    }
  });
});
