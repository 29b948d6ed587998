// Benchmark: value + gradient at a point. Ours: compile(f) once, then Compiled.valueAndGrad (one
// forward and one backward sweep over the tape). Reference: math.js 15.2.0's compiled evaluation of f and of each
// partial derivative expression. To keep math.js's setup out of the way (its `derivative` takes seconds on the
// 20-term sum), its derivative expressions are our simplified derivatives, handed to math.js's parser — compact
// expressions, which favours math.js. Compilation is done once on both sides and not timed; the timing is a batch
// of points, best of several batches. Target: at least 4× faster on every case.
//
//   npx tsx bench/eval.bench.ts

import { parse as mjParse } from "mathjs";
import { pathToFileURL } from "node:url";
import { compile } from "../core/diff/autodiff.ts";
import { derivative } from "../core/diff/derivative.ts";
import { type Node, topoOrder, variables } from "../core/expr/node.ts";
import { parse } from "../core/expr/parser.ts";
import { CASES, REFERENCE, printTable } from "./derivative.bench.ts";
import { timeIt } from "./timing.ts";

const RATIO_TARGET = 4;
const POINTS = 1000;

/** A node in math.js syntax, every product explicit and every operation parenthesised (no ambiguity). */
function mathjsText(root: Node): string {
  const memo = new Map<Node, string>();
  for (const n of topoOrder(root)) {
    if (n.kind === "num") memo.set(n, `(${n.value})`);
    else if (n.kind !== "apply") memo.set(n, n.name);
    else {
      const [a, b] = n.args.map((x) => memo.get(x)!);
      const infix = { add: "+", sub: "-", mul: "*", div: "/", pow: "^" } as Record<string, string>;
      memo.set(
        n,
        n.op in infix ? `(${a} ${infix[n.op]} ${b})` : n.op === "neg" ? `(-${a})` : `${n.op}(${a})`,
      );
    }
  }
  return memo.get(root)!;
}

export function main(): boolean {
  let pass = true;
  const rows: string[][] = [["case", "ours µs/point", `${REFERENCE} µs/point`, "ratio", "target", "result"]];
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
  for (const c of CASES) {
    const f = parse(c.expr);
    const vars = variables(f);
    const points = Array.from({ length: POINTS }, () => Float64Array.from(vars, rand));
    const scopes = points.map((p) => Object.fromEntries(vars.map((v, i) => [v, p[i]!])));

    const compiled = compile(f, vars);
    const grad = new Float64Array(vars.length);
    let sink = 0;
    const oursBatch = () => {
      for (const p of points) sink += compiled.valueAndGrad(p, grad) + grad[0]!;
    };

    const mf = mjParse(mathjsText(f)).compile();
    const md = vars.map((v) => mjParse(mathjsText(derivative(f, v))).compile());
    const mathjsBatch = () => {
      for (const scope of scopes) {
        sink += mf.evaluate(scope) as number;
        for (const d of md) sink += d.evaluate(scope) as number;
      }
    };
    // Same numbers on both sides, or the comparison means nothing.
    const check = new Float64Array(vars.length);
    const v0 = compiled.valueAndGrad(points[0]!, check);
    const m0 = mf.evaluate(scopes[0]!) as number;
    const g0 = md[0]!.evaluate(scopes[0]!) as number;
    if (Math.abs(v0 - m0) > 1e-9 * (1 + Math.abs(m0)) || Math.abs(check[0]! - g0) > 1e-9 * (1 + Math.abs(g0)))
      throw new Error(`${c.name}: ours (${v0}, ${check[0]}) and math.js (${m0}, ${g0}) disagree`);

    const a = (timeIt(oursBatch, 400, 5) / POINTS) * 1000;
    const b = (timeIt(mathjsBatch, 400, 3) / POINTS) * 1000;
    const ratio = b / a;
    const ok = ratio >= RATIO_TARGET;
    pass &&= ok;
    rows.push([
      c.name,
      a.toFixed(3),
      b.toFixed(3),
      `${ratio.toFixed(1)}×`,
      `≥ ${RATIO_TARGET}×`,
      ok ? "PASS" : "FAIL",
    ]);
    if (sink === 42) console.log(""); // keep the work observable
  }
  console.log("Value + gradient at a point (compiled, setup not timed)");
  printTable(rows);
  return pass;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main() ? 0 : 1;
