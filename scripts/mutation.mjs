// `npm run mutation [file-or-folder] [--concurrency n] [--timeout-ms n] [--force] [--static] [--all-tests | --tests <folder>]`: mutation testing of the core with StrykerJS.
// Each mutant (a flipped `<`, a dropped `!`, a constant changed) is run against the core's own tests; a mutant no
// test notices marks a line whose behaviour is unpinned. Kept out of `npm test`: a whole-core run takes hours here.
// Message text (the catalog, fixtures, test helpers) is not mutated: a changed word is for the catalog tests and the
// translators, not for a score. Results are kept per target under reports/mutation/ (git-ignored); the next run on
// the same target is incremental (only mutants whose code or tests changed are run again) unless --force is given.
import { existsSync, statSync } from "node:fs";
import { relative, dirname, posix } from "node:path";
import { Stryker } from "@stryker-mutator/core";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const force = args.includes("--force");
const includeStatic = args.includes("--static");
const allTests = args.includes("--all-tests");
// A wider folder whose tests judge (core/diff for core/diff/simplify/canon.ts: the derivative tests pin the simplifier).
const testsFolder = option("--tests", undefined)?.replace(/\/+$/, "");
const concurrency = Number(option("--concurrency", "2"));
// The slack a mutant's tests get beyond 1.5 times their time in the dry run before the mutant counts as timed out
// (detected: a loop that no longer ends). Files whose mutants often loop until the work budget stops them (the
// critical-point scan, the simplifier's rewriting) spend much of a run on this slack: a lower --timeout-ms
// shortens such a run (a timed-out mutant counts as detected either way).
const timeoutMS = Number(option("--timeout-ms", "10000"));
const target = (args.find((a) => !a.startsWith("--")) ?? "core/").replace(/\/+$/, "");

if (!existsSync(target)) {
  console.error(`mutation: no such file or folder: ${target}`);
  process.exit(2);
}
const isFolder = statSync(target).isDirectory();
// One fixed draw for the property tests (the CI seed, see vitest.setup.ts): a mutant killed by one draw and not by
// the next would make the score wander between runs.
process.env.FC_SEED ??= "20261129";
// Instrumented code runs many times slower: the "linear time" tests widen their limits (core/test-support/time-limit.ts).
process.env.DESCENT_MUTATION = "1";
const NOT_MUTATED = [
  "!core/messages/**",
  "!core/fixtures/**",
  "!core/test-support/**",
  "!**/*.test.ts",
  "!**/*.d.ts",
];
const mutate = [isFolder ? `${target}/**/*.ts` : target, ...NOT_MUTATED];
const slug = target.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "root";
const judge = allTests ? "core" : (testsFolder ?? (isFolder ? target : dirname(target)));
const reportDir = `reports/mutation/${slug}${allTests ? "-all-tests" : testsFolder ? `-tests-${testsFolder.replace(/[^A-Za-z0-9]+/g, "-")}` : ""}`;

const stryker = new Stryker({
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts", related: true },
  // A module's mutants are judged by the tests of its own folder (core/exact by core/exact/*.test.ts): that is where a
  // reader looks for what pins the module, and running the methods' fixture suites for every mutant of a rational
  // took minutes per mutant on this shared machine. --all-tests lets every core test count (slower, higher scores);
  // --tests <folder> lets one wider folder's tests count.
  testFiles: [`${judge}/**/*.test.ts`],
  coverageAnalysis: "perTest",
  // A static mutant is one only reached while a file loads (an op-table row built at import, a case computed in a
  // describe block): Stryker must reload and rerun every related test for each, which made core/methods/compare.ts
  // alone take hours here. They are left out (reported as not counted) unless --static is given; a mutant reached
  // both at load and inside tests still runs, against those tests.
  ignoreStatic: !includeStatic,
  mutate,
  concurrency,
  // A shared 2-core machine: a mutant that makes a loop run on is slow to time out, not a failure.
  timeoutMS,
  dryRunTimeoutMinutes: 15,
  incremental: true,
  incrementalFile: `${reportDir}/incremental.json`,
  force,
  ignorePatterns: [
    "dist",
    "dist-app",
    "dist-web",
    "release",
    "test-results",
    "playwright-report",
    "reports",
    "e2e",
  ],
  reporters: ["html", "json", "progress"],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/report.json` },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  logLevel: "warn",
});

const results = await stryker.runMutationTest();

// The score per folder, as Stryker counts it: detected (killed or timed out) over all valid mutants (detected,
// survived, no coverage). Mutants that did not compile or were disabled with a reason are not counted.
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const tally = new Map();
const count = (key, status) => {
  const row = tally.get(key) ?? { detected: 0, undetected: 0, ignored: 0 };
  if (DETECTED.has(status)) row.detected++;
  else if (UNDETECTED.has(status)) row.undetected++;
  else row.ignored++;
  tally.set(key, row);
};
for (const mutant of results) {
  const file = relative(process.cwd(), mutant.fileName).split("\\").join(posix.sep);
  count(dirname(file), mutant.status);
  count("total", mutant.status);
}
const score = ({ detected, undetected }) =>
  detected + undetected === 0
    ? "   n/a"
    : `${((100 * detected) / (detected + undetected)).toFixed(1).padStart(5)}%`;
const width = Math.max(...[...tally.keys()].map((k) => k.length));
console.log(`\nmutation score of ${target} (detected / valid mutants; report: ${reportDir}/index.html)`);
for (const key of [...tally.keys()]
  .filter((k) => k !== "total")
  .sort()
  .concat("total")) {
  const row = tally.get(key);
  const detail = `${row.detected}/${row.detected + row.undetected}`;
  console.log(
    `  ${key.padEnd(width)}  ${score(row)}  ${detail.padStart(11)}  ${row.ignored ? `(${row.ignored} not counted)` : ""}`,
  );
}
