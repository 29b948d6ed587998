// Compare: the verdicts follow from the three results themselves (the tutorial's run against PyTorch is in
// methods.fixtures.test.ts); no expected numbers here beyond what the methods compute.
import { describe, expect, it } from "vitest";
import { compare, defaultStart, GD_TOL } from "./compare.ts";
import { parse } from "./parser.ts";

describe("compare", () => {
  it("x^3 - 3x: calculus says unbounded, gradient descent stops at the local minimum and is called out", () => {
    const c = compare(parse("x^3 - 3x"));
    expect(c.calculus.status).toBe("unbounded");
    expect(c.closedForm.status).toBe("unsupported");
    expect(c.gd.status).toBe("converged");
    expect(c.gdAgrees).toBe(false);
    expect(c.verdict).toMatch(/at best a local minimum/);
  });

  it("a quadratic run to the end agrees within the stated tolerance, and the error is measured", () => {
    const c = compare(parse("x^2 - 4x"), { tol: 0, maxIter: 1000 });
    expect(c.exactAgree).toBe(true);
    expect(c.gdError!.x).toBeLessThanOrEqual(GD_TOL);
    expect(c.gdError!.x).toBe(Math.abs(c.gd.argmin["x"]! - c.closedForm.argmin!["x"]!));
    expect(c.gdError!.f).toBe(Math.abs(c.gd.min - c.closedForm.min!));
    expect(c.agree).toBe(true);
  });

  it("two minimisers: the error is measured to the nearer one", () => {
    const c = compare(parse("x^4 - 2x^2"), {
      x0: { x: 0.5 },
      optimizer: { name: "sgd", lr: 0.05 },
      tol: 1e-12,
    });
    const nearest = c.calculus.argmins!.reduce((b, p) =>
      Math.abs(p["x"]! - c.gd.argmin["x"]!) < Math.abs(b["x"]! - c.gd.argmin["x"]!) ? p : b,
    );
    expect(c.gdError!.x).toBeCloseTo(Math.abs(c.gd.argmin["x"]! - nearest["x"]!), 12);
    expect(c.gdAgrees).toBe(true);
  });

  it("exp(x): no minimum anywhere, and gradient descent does not claim one", () => {
    const c = compare(parse("exp(x)"));
    expect(c.calculus.status).toBe("no-minimum");
    expect(c.gdAgrees).toBe(c.gd.status !== "converged" || c.gd.flat);
  });

  it("the default start is the tutorial's x0 = 10, or a nearby point inside the domain", () => {
    expect(defaultStart(["x"], parse("x^2"))).toEqual({ x: 10 });
    expect(defaultStart(["x", "y"], parse("x^2 + y^2"))).toEqual({ x: 2, y: 2 });
    const inside = defaultStart(["x"], parse("asin(x)"));
    expect(Math.abs(inside["x"]!)).toBeLessThan(1);
    expect(() => compare(parse("asin(x)"))).not.toThrow();
  });
});
