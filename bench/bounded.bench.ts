// Benchmark: every input the parser accepts is answered by the command line within 2 s and 500 MB on
// this machine. Each family of bench/families.ts at its size limit is one `descent batch` request, run as a whole
// process (start-up included) and measured from outside: wall clock, and peak memory (maxRSS, reported by the
// child itself at exit). Reference, measured the same way in this run: bare `node -e 0`. Best of RUNS wall clocks
// (on a shared 2-core machine the least disturbed run); CPU time is printed too, as it is less sensitive to load.
//
//   npx tsx bench/bounded.bench.ts

import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { printTable } from "./derivative.bench.ts";
import { FAMILIES } from "./families.ts";

export const REFERENCE = "node -e 0";
const WALL_TARGET_MS = 2000;
const RSS_TARGET_MB = 500;
const RUNS = 3;
const BIN = fileURLToPath(new URL("../bin/descent.mjs", import.meta.url));
// Loaded first in the child: at exit it writes its peak memory and CPU time on stderr's last line.
const REPORT =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();" +
  "process.stderr.write('\\nusage '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

interface Measure {
  wallMs: number;
  rssMb: number;
  cpuMs: number;
  out: string;
}

function measure(args: string[], input = ""): Measure {
  let best: Measure | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", REPORT, ...args], {
      input,
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    const wallMs = performance.now() - t0;
    const m = /usage (\d+) (\d+)\s*$/.exec(r.stderr ?? "");
    const run = {
      wallMs,
      rssMb: m ? Number(m[1]) / 1024 : NaN,
      cpuMs: m ? Number(m[2]) / 1000 : NaN,
      out: r.stdout ?? "",
    };
    if (!best || run.wallMs < best.wallMs) best = run;
  }
  return best!;
}

/** What the answer was: ok, or the error code. */
const outcome = (out: string) => {
  try {
    const j = JSON.parse(out.split("\n")[0]!) as { ok: boolean; error?: { code: string } };
    return j.ok ? "ok" : j.error!.code;
  } catch {
    return "no answer";
  }
};

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

export function main(): boolean {
  const ref = measure(["-e", "0"]);
  const rows: string[][] = [
    ["case", "answer", "wall ms", "× ref", "cpu ms", "MB", "× ref", "target", "result"],
  ];
  rows.push([REFERENCE, "", fmt(ref.wallMs), "1", fmt(ref.cpuMs), fmt(ref.rssMb), "1", "", ""]);
  let pass = true;
  for (const f of FAMILIES) {
    const m = measure([BIN, "batch"], JSON.stringify(f.request) + "\n");
    const answer = outcome(m.out);
    const ok =
      answer !== "no answer" &&
      answer !== "internal" &&
      m.wallMs <= WALL_TARGET_MS &&
      m.rssMb <= RSS_TARGET_MB;
    pass &&= ok;
    rows.push([
      f.name,
      answer,
      fmt(m.wallMs),
      `${(m.wallMs / ref.wallMs).toFixed(0)}×`,
      fmt(m.cpuMs),
      fmt(m.rssMb),
      `${(m.rssMb / ref.rssMb).toFixed(1)}×`,
      `≤ ${WALL_TARGET_MS} ms, ≤ ${RSS_TARGET_MB} MB`,
      ok ? "PASS" : "FAIL",
    ]);
  }
  console.log(
    `Bounded work: one request per CLI process, start-up included (best of ${RUNS}; reference ${REFERENCE})`,
  );
  printTable(rows);
  return pass;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main() ? 0 : 1;
