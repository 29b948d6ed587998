// `npm run bench`: the benchmarks of derivatives, evaluation, Adam, bounded work, network training and the command
// line's start, each printing its own table of ratios measured in this run.
// Exit code 1 when any target is missed (a report, not a timed test: CI does not run it).
//
//   npx tsx bench/run.ts

import { main as derivativeBench } from "./derivative.bench.ts";
import { main as evalBench } from "./eval.bench.ts";
import { main as adamBench } from "./adam.bench.ts";
import { main as boundedBench } from "./bounded.bench.ts";
import { main as nnBench } from "./nn.bench.ts";
import { main as cliBench } from "./cli.bench.ts";

const results = [derivativeBench()];
console.log("");
results.push(evalBench());
console.log("");
results.push(adamBench());
console.log("");
results.push(boundedBench());
console.log("");
results.push(nnBench());
console.log("");
results.push(cliBench());
process.exitCode = results.every(Boolean) ? 0 : 1;
