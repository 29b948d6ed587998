// Families of inputs at the size limits: each is accepted by the parser and must be answered (or end
// with too_complex) quickly. Shared by `npm run bench` (whole CLI process: wall clock and memory) and
// cli/bounded.test.ts (in process: always an answer, never an internal error).
import { MAX_DEPTH, MAX_LENGTH } from "../core/expr/parser.ts";

export interface Family {
  name: string;
  /** One JSON Lines request for `descent batch`. */
  request: { op: string; expr: string; method?: string };
}

const join = (n: number, item: (i: number) => string, sep: string) =>
  Array.from({ length: n }, (_, i) => item(i)).join(sep);
// The most factors of a name that fit in MAX_LENGTH characters.
const fit = (item: (i: number) => string, sep: string) => {
  let n = 1;
  while (join(n + 1, item, sep).length <= MAX_LENGTH) n++;
  return n;
};

const xs = fit(() => "x", "*");
// Different factors, so the product rule's terms cannot collect into one power.
const MIXED = ["x", "sin(x)", "exp(x)", "cos(x)", "log(x)", "(x + 1)", "sqrt(x)", "atan(x)"];
const mixedFactor = (i: number) => MIXED[i] ?? `sin(${i}x)`;
const vs = 3000;

export const FAMILIES: Family[] = [
  { name: `x*x*…*x (${xs} factors)`, request: { op: "diff", expr: join(xs, () => "x", "*") } },
  { name: `v0*v1*…*v${vs - 1}`, request: { op: "diff", expr: join(vs, (i) => `v${i}`, "*") } },
  {
    name: "x*sin(x)*exp(x)*… (mixed factors) at the length limit",
    request: { op: "diff", expr: join(fit(mixedFactor, "*"), mixedFactor, "*") },
  },
  {
    name: "x*sin(x)*exp(x)*…, 100 mixed factors",
    request: { op: "diff", expr: join(100, mixedFactor, "*") },
  },
  {
    name: "sum of sin(kx)/k at the length limit",
    request: {
      op: "diff",
      expr: join(
        fit((i) => `sin(${i + 1}x)/${i + 1}`, " + "),
        (i) => `sin(${i + 1}x)/${i + 1}`,
        " + ",
      ),
    },
  },
  {
    name: `power tower, ${MAX_DEPTH} levels`,
    request: { op: "diff", expr: join(MAX_DEPTH + 1, () => "x", "^") },
  },
  {
    name: `${MAX_DEPTH - 1} minus signs before x^2`,
    request: { op: "compare", expr: "-".repeat(MAX_DEPTH - 1) + "x^2" },
  },
  {
    name: `sin( nested ${MAX_DEPTH} deep`,
    request: { op: "compare", expr: "sin(".repeat(MAX_DEPTH) + "x" + ")".repeat(MAX_DEPTH) },
  },
  {
    name: "calculus, product of 10 variables",
    request: { op: "minimize", method: "calculus", expr: join(10, (i) => `v${i}`, "*") },
  },
  {
    name: "calculus, product of 40 variables",
    request: { op: "minimize", method: "calculus", expr: join(40, (i) => `v${i}`, "*") },
  },
  {
    name: "compare, sum of 10 sines",
    request: { op: "compare", expr: join(10, (i) => `sin(v${i})`, " + ") },
  },
  { name: "compare, x*y*z*w", request: { op: "compare", expr: "x*y*z*w" } },
  {
    name: "compare, product of 40 variables",
    request: { op: "compare", expr: join(40, (i) => `v${i}`, "*") },
  },
  {
    name: "gd, product of 3000 variables",
    request: { op: "minimize", method: "gd", expr: join(vs, (i) => `v${i}`, "*") },
  },
];
