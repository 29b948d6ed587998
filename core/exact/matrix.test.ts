// Small dense linear algebra, checked by what the answer must satisfy rather than by typed-in numbers: A·x = b for
// the solver (including systems that need the row swap), det(S − λI) = 0 and Σλ = trace for the eigenvalues.
import { describe, expect, it } from "vitest";
import { jacobiEigenvalues, solveLinear } from "./matrix.ts";

type M = number[][];
const times = (A: M, x: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
const det = (A: M): number =>
  A.length === 1
    ? A[0]![0]!
    : A[0]!.reduce(
        (s, a, j) => s + (j % 2 ? -1 : 1) * a * det(A.slice(1).map((r) => r.filter((_, k) => k !== j))),
        0,
      );

describe("solveLinear: Gaussian elimination with partial pivoting", () => {
  it.each<[string, M, number[]]>([
    [
      "2×2",
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    ],
    [
      "a zero first pivot: the rows must swap",
      [
        [0, 1],
        [1, 0],
      ],
      [2, 3],
    ],
    [
      "a tiny first pivot: the larger row is the pivot",
      [
        [1e-20, 1],
        [1, 1],
      ],
      [1, 2],
    ],
    [
      "3×3, the largest entry lowest",
      [
        [1, 2, 0],
        [2, 1, 1],
        [4, 0, 3],
      ],
      [1, 2, 3],
    ],
    [
      "3×3, pivot found past the next row",
      [
        [0, 0, 1],
        [0, 1, 0],
        [1, 0, 0],
      ],
      [7, 8, 9],
    ],
    [
      "tiny but well conditioned: singularity is relative to the matrix's scale",
      [
        [1e-20, 0],
        [0, 2e-20],
      ],
      [1e-20, 1e-20],
    ],
    [
      "huge and well conditioned",
      [
        [1e20, 1],
        [1, 1e20],
      ],
      [1, 1],
    ],
    ["1×1", [[4]], [2]],
    [
      "tiny A, large b: singularity is judged on A alone",
      [
        [1e-20, 0],
        [0, 1e-20],
      ],
      [1, 1],
    ],
  ])("%s: A·x = b", (_, A, b) => {
    const x = solveLinear(A, b)!;
    expect(x).not.toBeNull();
    const r = times(A, x);
    const size = Math.max(...b.map(Math.abs));
    r.forEach((ri, i) => expect(Math.abs(ri - b[i]!)).toBeLessThanOrEqual(1e-14 * size));
  });

  it("3×3 that needs the row swap in its second column: the small pivot left in place would cost digits", () => {
    const A = [
      [1, 1, 1],
      [1, 1 + 1e-12, 2],
      [1, 3, 4],
    ];
    const want = [123.4, 0.7, 0.3];
    const x = solveLinear(A, times(A, want))!;
    x.forEach((xi, i) => expect(Math.abs(xi - want[i]!)).toBeLessThanOrEqual(1e-12));
  });

  it.each<[string, M, number[]]>([
    [
      "singular",
      [
        [1, 2],
        [2, 4],
      ],
      [1, 2],
    ],
    [
      "singular to 1e-15 of its scale",
      [
        [1, 1],
        [1, 1 + 1e-15],
      ],
      [1, 2],
    ],
    [
      "huge and singular to 1e-15 of its scale",
      [
        [1e20, 1e20],
        [1e20, 1e20 + 1e5],
      ],
      [1, 2],
    ],
    [
      "all zero",
      [
        [0, 0],
        [0, 0],
      ],
      [0, 0],
    ],
    [
      "a NaN entry",
      [
        [NaN, 0],
        [0, 1],
      ],
      [1, 1],
    ],
    [
      "an infinite right-hand side",
      [
        [1, 0],
        [0, 1],
      ],
      [Infinity, 1],
    ],
  ])("%s: null", (_, A, b) => expect(solveLinear(A, b)).toBeNull());

  it("one NaN on the right-hand side is refused: every entry of x must be finite", () =>
    expect(
      solveLinear(
        [
          [1, 0],
          [0, 1],
        ],
        [1, NaN],
      ),
    ).toBeNull());

  it("the singularity threshold is relative: rel = 0 accepts what the default refuses", () => {
    expect(
      solveLinear(
        [
          [1, 1],
          [1, 1 + 1e-15],
        ],
        [1, 2],
        0,
      ),
    ).not.toBeNull();
  });

  it("leaves its arguments as they were", () => {
    const A = [
      [0, 1],
      [1, 0],
    ];
    const b = [2, 3];
    solveLinear(A, b);
    expect([A, b]).toEqual([
      [
        [0, 1],
        [1, 0],
      ],
      [2, 3],
    ]);
  });
});

describe("jacobiEigenvalues: symmetric matrices", () => {
  it.each<[string, M]>([
    [
      "diagonal (already converged)",
      [
        [3, 0],
        [0, -1],
      ],
    ],
    [
      "2×2",
      [
        [2, 1],
        [1, 2],
      ],
    ],
    [
      "2×2 with equal diagonal and a negative coupling",
      [
        [1, -4],
        [-4, 1],
      ],
    ],
    [
      "2×2, theta < 0",
      [
        [5, 2],
        [2, 1],
      ],
    ],
    [
      "3×3",
      [
        [4, 1, 2],
        [1, 3, 0],
        [2, 0, 5],
      ],
    ],
    [
      "3×3 indefinite",
      [
        [0, 2, 1],
        [2, 0, 3],
        [1, 3, 0],
      ],
    ],
    [
      "3×3 with a zero coupling",
      [
        [2, 0, 1],
        [0, 1, 0],
        [1, 0, 2],
      ],
    ],
    [
      "4×4",
      [
        [4, 1, 0, 2],
        [1, 3, 1, 0],
        [0, 1, 2, 1],
        [2, 0, 1, 1],
      ],
    ],
  ])("%s: ascending, Σλ = trace, det(S − λI) = 0", (_, S) => {
    const eig = jacobiEigenvalues(S);
    expect(eig).toHaveLength(S.length);
    expect([...eig].sort((a, b) => a - b)).toEqual(eig);
    const trace = S.reduce((s, r, i) => s + r[i]!, 0);
    expect(eig.reduce((s, l) => s + l, 0)).toBeCloseTo(trace, 12);
    const size = Math.max(...S.flat().map(Math.abs));
    for (const l of eig) {
      const shifted = S.map((r, i) => r.map((v, j) => (i === j ? v - l : v)));
      expect(Math.abs(det(shifted))).toBeLessThan(1e-12 * size ** S.length);
    }
    // The determinant is the product of the eigenvalues.
    expect(eig.reduce((p, l) => p * l, 1)).toBeCloseTo(det(S), 10);
  });

  it("leaves its argument as it was", () => {
    const S = [
      [2, 1],
      [1, 2],
    ];
    jacobiEigenvalues(S);
    expect(S).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });
});
