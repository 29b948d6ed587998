import { describe, it, expect } from "vitest";
import { formatValue, powerOfTen, tickFormatter } from "./format";

describe("tickFormatter", () => {
  const cases: Array<[string, number, number, number, string]> = [
    ["en", 1, 10, 2, "2"],
    ["en", 1, 10, -4, "−4"],
    ["en", 0.5, 2, 1.5, "1.5"],
    ["en", 0.5, 2, 1, "1.0"],
    ["en", 0.05, 1, 0.15, "0.15"],
    ["en", 1000, 5000, 3000, "3,000"],
    ["en", 0.5, 2, -1e-17, "0.0"], // rounding noise at zero is not "−0.0"
    ["en", 2e6, 1e7, 4e6, "4E6"],
    ["en", 1e-5, 1e-4, -3e-5, "−3E−5"],
    ["th", 1000, 5000, 3000, "3,000"],
    ["de", 0.5, 2, 1.5, "1,5"],
  ];
  for (const [locale, step, largest, v, want] of cases) {
    it(`${locale}: ${v} with step ${step}`, () => expect(tickFormatter(locale, step, largest)(v)).toBe(want));
  }
});

describe("formatValue", () => {
  const cases: Array<[number, string]> = [
    [2, "2"],
    [-4, "−4"],
    [2.105623, "2.106"],
    [1e-13, "0"],
    [0, "0"],
    [1.5e-7, "1.5E−7"],
    [NaN, "—"],
  ];
  for (const [v, want] of cases) it(`${v}`, () => expect(formatValue("en", v)).toBe(want));
});

describe("powerOfTen", () => {
  const cases: Array<[number, string]> = [
    [0, "1"],
    [1, "10"],
    [2, "10²"],
    [-3, "10⁻³"],
    [-12, "10⁻¹²"],
  ];
  for (const [k, want] of cases) it(`10^${k}`, () => expect(powerOfTen(k)).toBe(want));
});
