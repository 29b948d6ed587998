// Property tests (fast-check, 10^4 cases each): any string gives a node or a positioned DescentError;
// parse → print → parse returns the same node. (Derivative properties: derivative.test.ts.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DescentError } from "../expr/errors.ts";
import { FUNCTIONS, type Node, apply, constant, neg, num, sym } from "../expr/node.ts";
import { parse, tryParse } from "../expr/parser.ts";
import { toLatex } from "../expr/print-latex.ts";
import { toText } from "../expr/print-text.ts";

const RUNS = 10_000;
// Every kind of name the parser reads whole (several letters without an underscore are a product: parser.ts).
const NAMES = ["x", "y", "theta", "w_1", "x_y", "x2", "beta1", "theta_1", "E", "__proto__", "x_constructor"];

const expressionChars = fc.constantFrom(
  ..."0123456789.eExyz_ +-*/^(),".split(""),
  "sin",
  "log(",
  "**",
  "pi",
  "foo(",
  "xy",
  "sin ",
  "^2 ",
  "log_2",
  "root(",
  "f(x) = ",
  "=",
  "²",
  "⁻¹",
  "√",
  "θ",
  "π",
  "\u2212",
  "😀",
  "\u0000",
);
const exprLikeString = fc.array(expressionChars, { maxLength: 40 }).map((a) => a.join(""));

describe("any string: a node or a positioned DescentError", () => {
  it("never throws anything else; spans lie inside the text", () => {
    fc.assert(
      fc.property(fc.oneof(exprLikeString, fc.string({ unit: "grapheme", maxLength: 30 })), (s) => {
        let r: ReturnType<typeof tryParse>;
        try {
          r = tryParse(s);
        } catch (e) {
          throw new Error(`threw ${String(e)} for ${JSON.stringify(s)}`);
        }
        if (r.ok) {
          expect(parse(toText(r.value))).toBe(r.value);
          toLatex(r.value);
        } else {
          expect(r.error).toBeInstanceOf(DescentError);
          const [a, b] = r.error.span;
          expect(0 <= a && a <= b && b <= s.length).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Arbitrary nodes, including shapes only the simplifier builds: negative numbers anywhere, neg of neg,
// neg of numbers, products of products on the right, tiny and huge numbers.
const finite = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom(0.5, 0.25, -0.1, 1e-7, 1e21, -3.5e-12, 5e-324, 1.7976931348623157e308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const leaf: fc.Arbitrary<Node> = fc.oneof(
  finite.map((v) => num(v)),
  fc.constantFrom(...NAMES).map((n) => sym(n)),
  fc.constantFrom(constant("pi"), constant("e")),
);
const BIN = ["add", "sub", "mul", "div", "pow"] as const;
const anyNode: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...BIN), tie("node"), tie("node")).map(([op, a, b]) => apply(op, [a, b])),
    tie("node").map((a) => neg(a)),
    fc.tuple(fc.constantFrom(...FUNCTIONS), tie("node")).map(([f, a]) => apply(f, [a])),
  ),
})).node;

// Few distinct leaves, many shapes: structural collisions (the same x on both sides of a product) show up often.
const shapes: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 6 },
    fc.constantFrom(sym("x"), sym("y"), num(2), num(0.5), num(-1), constant("e")),
    fc.tuple(fc.constantFrom(...BIN), tie("node"), tie("node")).map(([op, a, b]) => apply(op, [a, b])),
    tie("node").map((a) => neg(a)),
    tie("node").map((a) => apply("sin", [a])),
  ),
})).node;

describe("parse → print → parse", () => {
  it.each([
    ["many shapes over a few leaves", shapes],
    ["any node", anyNode],
  ] as const)("returns the same node for %s", (_, nodes) => {
    fc.assert(
      fc.property(nodes, (n) => {
        const text = toText(n);
        expect(parse(text), text).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });
});

// vitest.setup.ts fixes the seed when CI is set; either way a failure must say which seed to replay (FC_SEED=n).
describe("fast-check's seed", () => {
  it("is fixed under CI and reported in a failure", () => {
    if (process.env.CI && !process.env.FC_SEED) expect(fc.readConfigureGlobal().seed).toBe(20261129);
    const failed = fc.check(fc.property(fc.integer(), (n) => n !== n));
    expect(fc.defaultReportMessage(failed)).toMatch(/\{ seed: -?\d+, path: "[\d:]*"/);
  });
});
