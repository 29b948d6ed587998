// Real roots where `npm run mutation core/exact` found them loose: which path found each root (the `how` the steps
// print), the multiplicities, the exact forms, and the paths only reached when the rational root theorem gives up
// (coefficients too large to factor) or a biquadratic's y = x² is negative. Every root is checked by substitution:
// exactly for rationals (and their multiplicity by exact derivatives) and surds, to rounding for the rest.
import { describe, expect, it } from "vitest";
import { Rational, q } from "./rational.ts";
import { evalAtSurd, numericRoots, realRoots, surdExact, surdValue, type RealRoot } from "./roots.ts";

type Coeffs = Rational[];
const poly = (...c: (number | bigint | Rational)[]): Coeffs =>
  c.map((x) => (x instanceof Rational ? x : q(x)));
const horner = (c: Coeffs, x: Rational) => c.reduceRight((acc, a) => acc.mul(x).add(a), Rational.zero);
const derivative = (c: Coeffs): Coeffs => c.slice(1).map((a, i) => a.mul(q(i + 1)));
const times = (...fs: Coeffs[]): Coeffs =>
  fs.reduce((a, b) => {
    const out = Array.from({ length: a.length + b.length - 1 }, () => Rational.zero);
    a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = out[i + j]!.add(x.mul(y)))));
    return out;
  });
const hornerNum = (c: Coeffs, x: number) => c.reduceRight((acc, a) => acc * x + a.toNumber(), 0);

const R = "rational root";
const QF = "quadratic formula";
const CUBE = "cube root";
const BIQ = "x² from the quadratic formula";
const THREE = "numerically (three irrational real roots: Cardano's formula would need complex cube roots)";
const CARDANO = "Cardano's formula, shown as decimals";
const NUM = "numerically";
const BIG = 10n ** 13n; // beyond the trial-division bound: the rational root theorem is not tried

describe("realRoots: each root, how it was found, and its multiplicity", () => {
  it.each<[string, Coeffs, [how: string, multiplicity: number][]]>([
    ["the zero polynomial", poly(), []],
    ["a constant", poly(5), []],
    ["x", poly(0, 1), [[R, 1]]],
    ["x² (a double root at 0)", poly(0, 0, 1), [[R, 2]]],
    [
      "x³ − 2x: 0 and ±√2",
      poly(0, -2, 0, 1),
      [
        [QF, 1],
        [R, 1],
        [QF, 1],
      ],
    ],
    [
      "(x − 1)²(x + 2)",
      poly(2, -3, 0, 1),
      [
        [R, 1],
        [R, 2],
      ],
    ],
    ["x − 10¹³ (too large to factor)", poly(-BIG, 1), [[R, 1]]],
    ["(x − 10¹³)² (too large to factor)", poly(BIG * BIG, -2n * BIG, 1), [[QF, 2]]],
    [
      "x² − 10¹³ (too large to factor)",
      poly(-BIG, 0, 1),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
    ["x² + 1", poly(1, 0, 1), []],
    [
      "x² − 2",
      poly(-2, 0, 1),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
    [
      "2x² − 1: a negative leading u",
      poly(-1, 0, 2),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
    [
      "−x² + 3",
      poly(3, 0, -1),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
    ["x³ − 2", poly(-2, 0, 0, 1), [[CUBE, 1]]],
    ["x³ + 2", poly(2, 0, 0, 1), [[CUBE, 1]]],
    ["2x³ − 1", poly(-1, 0, 0, 2), [[CUBE, 1]]],
    ["(x + 1)³ − 2", poly(-1, 3, 3, 1), [[CUBE, 1]]],
    [
      "x⁴ − 5x² + 6: ±√2, ±√3",
      poly(6, 0, -5, 0, 1),
      [
        [BIQ, 1],
        [BIQ, 1],
        [BIQ, 1],
        [BIQ, 1],
      ],
    ],
    [
      "x⁴ − x² − 6: y = −2 has no x",
      poly(-6, 0, -1, 0, 1),
      [
        [BIQ, 1],
        [BIQ, 1],
      ],
    ],
    [
      "x⁴ − 4x² + 4 = (x² − 2)²",
      poly(4, 0, -4, 0, 1),
      [
        [BIQ, 2],
        [BIQ, 2],
      ],
    ],
    [
      "x⁴ − 2x² − 1: y = 1 ± √2 is not rational",
      poly(-1, 0, -2, 0, 1),
      [
        [NUM, 1],
        [NUM, 1],
      ],
    ],
    [
      "x⁴ + x³ − 3 (not biquadratic)",
      poly(-3, 0, 0, 1, 1),
      [
        [NUM, 1],
        [NUM, 1],
      ],
    ],
    [
      "x⁴ + x − 3 (not biquadratic)",
      poly(-3, 1, 0, 0, 1),
      [
        [NUM, 1],
        [NUM, 1],
      ],
    ],
    [
      "x³ − 3x + 1",
      poly(1, -3, 0, 1),
      [
        [THREE, 1],
        [THREE, 1],
        [THREE, 1],
      ],
    ],
    ["x³ − 2x − 2", poly(-2, -2, 0, 1), [[CARDANO, 1]]],
    ["x⁵ − x − 1", poly(-1, -1, 0, 0, 0, 1), [[NUM, 1]]],
    [
      "x⁴ − 5x² + x + 4: no x³ term, but an x term (not biquadratic)",
      poly(4, 1, -5, 0, 1),
      [
        [NUM, 1],
        [NUM, 1],
        [NUM, 1],
        [NUM, 1],
      ],
    ],
    ["x⁵ + x⁴ + 3: no x or x³ term, but not a quartic", poly(3, 0, 0, 0, 1, 1), [[NUM, 1]]],
    ["(x + 1/2)³ − 2: a fractional shift", poly(q(-15, 8), q(3, 4), q(3, 2), 1), [[CUBE, 1]]],
    [
      "(x − 10¹³)(x − 1): a₀ beyond the divisor bound, a square discriminant",
      poly(BIG, -BIG - 1n, 1),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
    [
      "x² − 10¹²: a₀ at the divisor bound is still factored",
      poly(-(10n ** 12n), 0, 1),
      [
        [R, 1],
        [R, 1],
      ],
    ],
    [
      "10¹²x² − 1: aₙ at the divisor bound is still factored",
      poly(-1, 0, 10n ** 12n),
      [
        [R, 1],
        [R, 1],
      ],
    ],
    [
      "(10¹³x − 1)(x − 1): aₙ beyond the divisor bound",
      poly(1, -BIG - 1n, BIG),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
    [
      "(x − 1)(x − 1/10⁷): denominators cleared before the bound is applied",
      poly(q(1n, 10n ** 7n), q(-(10n ** 7n) - 1n, 10n ** 7n), 1),
      [
        [R, 1],
        [R, 1],
      ],
    ],
    [
      "−(x − 1)(x − 2)(x − 3): a negative leading coefficient",
      poly(6, -11, 6, -1),
      [
        [R, 1],
        [R, 1],
        [R, 1],
      ],
    ],
    ["(x − 3)(x² + 1): the divisor 3 lies above √3", poly(-3, 1, -3, 1), [[R, 1]]],
    [
      "(x³ − 2x − 2)²: a double irrational root, found once",
      times(poly(-2, -2, 0, 1), poly(-2, -2, 0, 1)),
      [[CARDANO, 2]],
    ],
    [
      "(x² − 2x − 1)(x³ − 2x − 2)²: simple and double",
      times(poly(-1, -2, 1), poly(-2, -2, 0, 1), poly(-2, -2, 0, 1)),
      [
        [QF, 1],
        [CARDANO, 2],
        [QF, 1],
      ],
    ],
    [
      "(x² − 2x − 1)²: a repeated quadratic factor, solved exactly",
      times(poly(-1, -2, 1), poly(-1, -2, 1)),
      [
        [QF, 2],
        [QF, 2],
      ],
    ],
    [
      "(x³ − 3x + 1)³",
      times(poly(1, -3, 0, 1), poly(1, -3, 0, 1), poly(1, -3, 0, 1)),
      [
        [THREE, 3],
        [THREE, 3],
        [THREE, 3],
      ],
    ],
    [
      "trailing zero coefficients are ignored",
      poly(-2, 0, 1, 0, 0),
      [
        [QF, 1],
        [QF, 1],
      ],
    ],
  ])("%s", (_, p, want) => {
    const roots = realRoots(p);
    expect(roots.map((r) => [r.how, r.multiplicity])).toEqual(want);
    const values = roots.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(values.length);
    for (const r of roots) checkRoot(p, r);
  });
});

function checkRoot(p: Coeffs, r: RealRoot) {
  if (r.rational) {
    expect(horner(p, r.rational).isZero()).toBe(true);
    let d = p;
    for (let k = 1; k < r.multiplicity; k++) {
      d = derivative(d);
      expect(horner(d, r.rational).isZero()).toBe(true);
    }
    expect(horner(derivative(d), r.rational).isZero()).toBe(false);
    expect(r.value).toBe(r.rational.toNumber());
    expect(r.exact).toEqual({ text: r.rational.toText(), latex: r.rational.toLatex() });
  } else if (r.surd) {
    const at = evalAtSurd(p, r.surd);
    expect(at.r.isZero() && at.u.isZero()).toBe(true);
    expect(r.value).toBeCloseTo(surdValue(r.surd), 12);
    expect(r.exact).toEqual(surdExact(r.surd));
  } else {
    const scale = p.reduce((s, a, i) => s + Math.abs(a.toNumber()) * Math.abs(r.value) ** i, 0);
    expect(Math.abs(hornerNum(p, r.value))).toBeLessThan(1e-12 * scale);
  }
}

describe("exact forms of the cube root and the surds", () => {
  it.each<[string, Coeffs, string, string]>([
    ["x³ − 2", poly(-2, 0, 0, 1), "2^(1/3)", "\\sqrt[3]{2}"],
    ["x³ + 2", poly(2, 0, 0, 1), "-2^(1/3)", "-\\sqrt[3]{2}"],
    ["2x³ − 1", poly(-1, 0, 0, 2), "(1/2)^(1/3)", "\\sqrt[3]{\\frac{1}{2}}"],
    ["(x + 1)³ − 2", poly(-1, 3, 3, 1), "-1 + 2^(1/3)", "-1 + \\sqrt[3]{2}"],
    [
      "(x + 1/2)³ − 2",
      poly(q(-15, 8), q(3, 4), q(3, 2), 1),
      "-1/2 + 2^(1/3)",
      "-\\frac{1}{2} + \\sqrt[3]{2}",
    ],
  ])("%s: %s", (_, p, text, latex) => {
    const [root] = realRoots(p);
    expect(root!.exact).toEqual({ text, latex });
    expect(Math.abs(hornerNum(p, root!.value))).toBeLessThan(1e-12);
  });

  it.each<[string, Coeffs, [text: string, latex: string][]]>([
    [
      "x² − 2",
      poly(-2, 0, 1),
      [
        ["-sqrt(2)", "-\\sqrt{2}"],
        ["sqrt(2)", "\\sqrt{2}"],
      ],
    ],
    [
      "2x² − 2x − 1: a fractional r and u",
      poly(-1, -2, 2),
      [
        ["1/2 - (1/2)sqrt(3)", "\\frac{1}{2} - \\frac{1}{2}\\sqrt{3}"],
        ["1/2 + (1/2)sqrt(3)", "\\frac{1}{2} + \\frac{1}{2}\\sqrt{3}"],
      ],
    ],
    [
      "x⁴ − 5x² + 6",
      poly(6, 0, -5, 0, 1),
      [
        ["-sqrt(3)", "-\\sqrt{3}"],
        ["-sqrt(2)", "-\\sqrt{2}"],
        ["sqrt(2)", "\\sqrt{2}"],
        ["sqrt(3)", "\\sqrt{3}"],
      ],
    ],
  ])("the surd roots of %s as text and LaTeX", (_, p, want) => {
    const roots = realRoots(p);
    expect(roots.map((r) => [r.exact?.text, r.exact?.latex])).toEqual(want);
    for (const r of roots) checkRoot(p, r);
  });

  it("a surd's value is r + u√m", () => {
    const s = { r: q(1, 2), u: q(-3), m: 5n };
    expect(surdValue(s)).toBe(0.5 - 3 * Math.sqrt(5));
  });
});

describe("numericRoots at its edges", () => {
  it.each<[string, number[]]>([
    ["no terms", []],
    ["a constant", [3]],
    ["trailing zeros", [-2, 1, 0, 0]],
    ["a root at the bound", [0, 0, 1]],
    ["roots at 0 and at a knot", [0, -1, 0, 1]],
    ["a touching double root", [1, -2, 1]],
  ])("%s: every root found once", (_, c) => {
    const roots = numericRoots(c);
    for (const x of roots) expect(Math.abs(c.reduceRight((a, k) => a * x + k, 0))).toBeLessThan(1e-9);
    const expected = realRoots(c.map((x) => q(x))).map((r) => r.value);
    expect(roots.length).toBe(expected.length);
    roots.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 6));
  });
});
