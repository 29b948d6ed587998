// A variable may be called __proto__ or __defineGetter__ (names with an underscore stay whole under the reading
// policy; `constructor` would be read as a product of letters): wherever a user's name becomes a key (gradients, points, x0, polynomial coefficients, the JSON out) it must stay an ordinary key.
// Through the whole path: parse → gradient → the three methods → `descent batch` JSON.
import { describe, expect, it } from "vitest";
import { handleLine } from "./batch.ts";

const NAMES = ["__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"];
const ask = (req: object) => JSON.parse(handleLine(JSON.stringify(req))) as Record<string, any>;
const keys = (o: object) => Object.keys(o).sort();

describe.each(NAMES)("a variable named %s", (name) => {
  const expr = `(${name} - 1)^2 + y^2`;
  const vars = [name, "y"].sort();

  it("eval: value and both partials", () => {
    const out = ask({
      op: "eval",
      expr,
      at: Object.fromEntries([
        [name, 3],
        ["y", 2],
      ]),
    });
    expect(out).toMatchObject({ ok: true, value: 8 });
    expect(keys(out.grad)).toEqual(vars);
    expect(out.grad[name]).toBe(4);
  });

  it("diff: a derivative for each variable", () => {
    const out = ask({ op: "diff", expr });
    expect(keys(out.derivatives)).toEqual(vars);
    expect(out.derivatives[name].text).toBe(`2 ${name} - 2`);
  });

  it("minimize with gd: every point keeps the variable", () => {
    const out = ask({
      op: "minimize",
      method: "gd",
      expr,
      x0: Object.fromEntries([
        [name, 3],
        ["y", 2],
      ]),
    });
    expect(out.ok).toBe(true);
    expect(keys(out.argmin)).toEqual(vars);
    for (const s of out.steps) {
      expect(keys(s.x)).toEqual(vars);
      expect(keys(s.grad)).toEqual(vars);
    }
    expect(Math.abs(out.argmin[name] - 1)).toBeLessThan(0.1);
  });

  it("compare: closed form and calculus find the minimum at (1, 0); the distance to it is a number", () => {
    const out = ask({ op: "compare", expr });
    expect(out.ok).toBe(true);
    expect(keys(out.settings.x0)).toEqual(vars);
    for (const row of out.rows) {
      expect(row.status === "minimum" || row.status === "converged", JSON.stringify(row)).toBe(true);
      expect(keys(row.argmin)).toEqual(vars);
    }
    expect(out.rows[0].argmin).toEqual(
      Object.fromEntries([
        [name, 1],
        ["y", 0],
      ]),
    );
    expect(out.exactAgree).toBe(true);
    // The distance from gradient descent's end to the minimiser is computed over the variables' own keys.
    expect(out.gdError.x).toBeGreaterThan(0);
    expect(out.gdError.x).toBeLessThan(0.2);
  });
});
