// Where f is too large for a double it is still defined: overflow is no edge of the domain and no kink of f.
// sinh(x³) is real and smooth everywhere, f′ = 3x²·cosh(x³) vanishes only at 0 (cosh ≥ 1), and its values pass
// 1.8·10³⁰⁸ near |x| = 8.92, where the scan's evaluations stop.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { calculus } from "./calculus.ts";

const ids = (v: unknown): string[] => {
  const out: string[] = [];
  const walk = (w: unknown) => {
    if (Array.isArray(w)) w.forEach(walk);
    else if (w && typeof w === "object") {
      const o = w as Record<string, unknown>;
      if (typeof o.id === "string") out.push(o.id);
      Object.values(o).forEach(walk);
    }
  };
  walk(v);
  return out;
};

describe("overflow in the one-variable scan", () => {
  it("sinh(x³): one critical point, at 0, and no edge of the domain", () => {
    const r = calculus(parse("sinh(x^3)"));
    expect(r.critical.map((c) => c.x.x)).toStrictEqual([0]);
    expect(r.status).toBe("unbounded");
    const seen = ids(r);
    expect(seen).toContain("scan.towardOverflow");
    expect(seen).not.toContain("scan.towardEdge");
    expect(seen).not.toContain("scan.edge");
  });

  it.each(["exp(x)", "exp(x^2)", "cosh(x)", "x^2 + exp(x)", "sinh(x)"])(
    "%s: no edge of the domain",
    (text) => {
      const seen = ids(calculus(parse(text)));
      expect(seen).not.toContain("scan.towardEdge");
      expect(seen).not.toContain("scan.edge");
    },
  );

  it.each(["log(x)", "sqrt(x)", "sqrt(4 - x^2)"])("%s: a true edge of the domain keeps its words", (text) => {
    const seen = ids(calculus(parse(text)));
    expect(seen.some((id) => id === "scan.towardEdge" || id === "scan.edge")).toBe(true);
    expect(seen).not.toContain("scan.towardOverflow");
  });
});
