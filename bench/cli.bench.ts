// Benchmark: the command line starts fast and answers a batch at the in-process speed.
//   start       `descent diff x` (bin/descent.mjs: the freshness check, then the compiled dist-cli/descent.mjs)
//               against bare `node -e 0`, best of RUNS each, interleaved so both see the same load. Target ≤ 2×.
//   per request the 200-term sum's `diff` in `descent batch`: (wall(1 + N requests) − wall(1 request)) / N, so the
//               start-up is not counted, against the same request answered in process (cli/batch.ts handleLine on
//               the same line: read with its notes, the expression and derivative as text and LaTeX, the JSON;
//               best of several, warm). Target ≤ 2×: what the process, the pipe and a cold JIT add. The
//               derivative alone (parse, derivative, LaTeX: bench/derivative.bench.ts's figure) is printed beside
//               it, so the request's extra work (text, reading notes, JSON) is visible too.
// A report, not a timed test (on a shared 2-core machine the figures move with the load; the ratios less so).
//
//   npx tsx bench/cli.bench.ts

import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { derivative } from "../core/diff/derivative.ts";
import { variables } from "../core/expr/node.ts";
import { parse } from "../core/expr/parser.ts";
import { toLatex } from "../core/expr/print-latex.ts";
import { printTable } from "./derivative.bench.ts";
import { timeIt } from "./timing.ts";
import { handleLine } from "../cli/batch.ts";

const BIN = fileURLToPath(new URL("../bin/descent.mjs", import.meta.url));
const START_TARGET = 2;
const REQUEST_TARGET = 2;
const RUNS = 10;
const N = 40;
const SUM200 = Array.from({ length: 200 }, (_, i) => `sin(${i + 1}x)/${i + 1}`).join(" + ");

const wall = (args: string[], input = "") => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return performance.now() - t0;
};

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

export function main(): boolean {
  wall([BIN, "diff", "x"]); // builds dist-cli/ first when the sources changed since the last build
  let node = Infinity;
  let start = Infinity;
  for (let i = 0; i < RUNS; i++) {
    node = Math.min(node, wall(["-e", "0"]));
    start = Math.min(start, wall([BIN, "diff", "x"]));
  }
  const line = JSON.stringify({ op: "diff", expr: SUM200 }) + "\n";
  let one = Infinity;
  let many = Infinity;
  for (let i = 0; i < 3; i++) {
    one = Math.min(one, wall([BIN, "batch"], line));
    many = Math.min(many, wall([BIN, "batch"], line.repeat(N + 1)));
  }
  const perRequest = (many - one) / N;
  const ours = () => {
    const f = parse(SUM200);
    return variables(f).map((v) => toLatex(derivative(f, v)));
  };
  ours();
  const derivativeOnly = timeIt(ours, 300, 10);
  const request = line.trimEnd();
  handleLine(request);
  const inProcess = timeIt(() => handleLine(request), 300, 10);
  const startRatio = start / node;
  const requestRatio = perRequest / inProcess;
  const rows = [
    ["case", "ms", "reference", "ref ms", "ratio", "target", "result"],
    [
      "descent diff x (start)",
      fmt(start),
      "node -e 0",
      fmt(node),
      `${startRatio.toFixed(2)}×`,
      `≤ ${START_TARGET}×`,
      startRatio <= START_TARGET ? "PASS" : "FAIL",
    ],
    [
      `batch, Σ 200 sin(kx)/k, per request (${N})`,
      fmt(perRequest),
      "same request in process",
      fmt(inProcess),
      `${requestRatio.toFixed(2)}×`,
      `≤ ${REQUEST_TARGET}×`,
      requestRatio <= REQUEST_TARGET ? "PASS" : "FAIL",
    ],
  ];
  console.log(`Command line: start-up and batch cost (best of ${RUNS} starts, 3 batches)`);
  printTable(rows);
  console.log(
    `  (in process, the derivative alone — parse, derivative, LaTeX — takes ${fmt(derivativeOnly)} ms; the request also prints text and notes and writes JSON)`,
  );
  return startRatio <= START_TARGET && requestRatio <= REQUEST_TARGET;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main() ? 0 : 1;
