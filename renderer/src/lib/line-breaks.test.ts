import { describe, it, expect } from "vitest";
import { pieces } from "./line-breaks.ts";

const whole = (s: string) =>
  pieces(s)
    .filter((p) => p.whole)
    .map((p) => p.text);

describe("pieces a line must not split", () => {
  it.each([
    ["ลู่เข้าหลังปรับค่า 106 ครั้ง", ["106", "ครั้ง"]],
    ["f(x) = −9460.56 ที่จุดอานม้า", ["−9460.56", "จุดอานม้า"]],
    ["เกรเดียนต์ที่จุดเริ่มต้น", ["เกรเดียนต์", "จุดเริ่มต้น"]],
    ["tol = 1\u202f×\u202f10⁻⁸", ["1\u202f×\u202f10⁻⁸"]],
    ["plain words only", []],
  ] as const)("%s", (s, expected) => {
    expect(whole(s)).toEqual(expected);
    expect(
      pieces(s)
        .map((p) => p.text)
        .join(""),
    ).toBe(s);
  });
});
