// fma's range guard, pinned where `npm run mutation core/methods/torch-arithmetic.ts` found it loose: outside
// |a|, |b| < 1e290 and |c| < 1e300 Dekker's splitting would overflow to NaN, so the product is rounded once more
// instead (what such values deserve); inside, the fused result keeps the product's rounding error.
import { describe, expect, it } from "vitest";
import { fma } from "./torch-arithmetic.ts";

describe("fma at the edges of the exactly split range", () => {
  it("a huge factor is multiplied plainly, not split into NaN", () => {
    expect(fma(1e305, 1e-10, 1)).toBe(1e305 * 1e-10);
    expect(fma(1e-10, 1e305, 1)).toBe(1e-10 * 1e305);
  });

  it("a sum that overflows is ∞, not ∞ − ∞", () => expect(fma(1e154, 1e154, 1.7e308)).toBe(Infinity));

  it("just inside |a| < 1e290 the product's rounding error survives the cancellation; at 1e290 it is rounded away", () => {
    const b = 1 + 2 ** -52;
    const inside = 1e290 * (1 - 2 ** -53);
    expect(inside).toBeLessThan(1e290);
    expect(fma(inside, b, -(inside * b))).not.toBe(0);
    expect(fma(b, inside, -(inside * b))).not.toBe(0);
    expect(fma(1e290, b, -(1e290 * b))).toBe(0);
    expect(fma(b, 1e290, -(1e290 * b))).toBe(0);
  });
});
