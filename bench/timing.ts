// The benchmarks' timing: best-of-N for one function (timeIt), and two functions timed alternately (timeBoth),
// so a busy machine slows both alike.

/**
 * Best-of-N milliseconds per call, the same statistic on both sides: on a shared 2-core machine the minimum is the
 * run least disturbed by other processes. Repeats until `budgetMs` is spent (at least `minRuns`, at most `maxRuns`).
 */
export function timeIt(fn: () => unknown, budgetMs: number, minRuns = 3, maxRuns = 2000): number {
  let best = Infinity;
  let runs = 0;
  const start = performance.now();
  while (runs < maxRuns && (runs < minRuns || performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
    runs++;
  }
  return best;
}

export interface Timing {
  best: number;
  median: number;
  /** Median CPU time of this process (user + system): what the run cost, without the time other processes
   *  held the cores (the machine is shared, and wall-clock medians there measure the queue). */
  cpuMedian: number;
}

/** Best and median milliseconds of each of `f` and `g` over `repeats` runs, after `warmUp` runs of each for the
 *  JIT. The two are timed alternately, so a busy machine slows both alike; the best time is the least disturbed
 *  by other processes, so the headline ratios use it. */
export function timeBoth(
  f: () => unknown,
  g: () => unknown,
  repeats: number,
  warmUp: number,
): [Timing, Timing] {
  for (let i = 0; i < warmUp; i++) {
    f();
    g();
  }
  const runs: [number[], number[]][] = [
    [[], []],
    [[], []],
  ];
  const once = (h: () => unknown, [wall, cpu]: [number[], number[]]) => {
    const c = process.cpuUsage();
    const start = performance.now();
    h();
    wall.push(performance.now() - start);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  };
  for (let i = 0; i < repeats; i++) {
    once(f, runs[0]!);
    once(g, runs[1]!);
  }
  const summary = ([wall, cpu]: [number[], number[]]): Timing => {
    wall.sort((p, q) => p - q);
    cpu.sort((p, q) => p - q);
    const mid = Math.floor(wall.length / 2);
    return { best: wall[0]!, median: wall[mid]!, cpuMedian: cpu[mid]! };
  };
  return [summary(runs[0]!), summary(runs[1]!)];
}
