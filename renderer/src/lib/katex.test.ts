import { describe, expect, it } from "vitest";
import { parse } from "../../../core/expr/parser.ts";
import { toLatex } from "../../../core/expr/print-latex.ts";
import { texHtml } from "./katex.ts";

describe("texHtml never throws on deep nesting (issue 8)", () => {
  it.each([
    ["a 3,000-level tower", "x^{".repeat(3000) + "x" + "}".repeat(3000)],
    ["10,000 minus signs", "-{".repeat(10_000) + "x" + "}".repeat(10_000)],
  ])("%s: a sentence instead of a RangeError", (_, latex) => {
    expect(texHtml(latex)).toBe(
      '<span class="tex-too-deep" role="note">This formula is nested too deeply to typeset.</span>',
    );
  });

  it("what the parser accepts at its depth limit either typesets or says so, and ordinary formulas typeset", () => {
    for (const text of [
      "x^".repeat(500) + "x",
      "-".repeat(500) + "x",
      "sin(".repeat(500) + "x" + ")".repeat(500),
    ])
      expect(texHtml(toLatex(parse(text)))).toMatch(/^<span class="(katex|tex-too-deep)"/);
    expect(texHtml(toLatex(parse("x^2 - 4x")))).toContain('class="katex"');
  });
});
