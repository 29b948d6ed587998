import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import * as fs from "node:fs/promises";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { readLesson, writeLesson } from "../core/files/lesson.ts";
import { SAMPLE_LESSON } from "../core/files/lesson.sample.ts";
import { cleanLeftovers } from "./atomic-file.ts";
import { openLessonFile, saveLessonFile } from "./lesson-store.ts";

const work = mkdtempSync(path.join(tmpdir(), "descent-save-"));
afterAll(() => fs.rm(work, { recursive: true, force: true }));

// The saver under test, bundled once so each of the 200 children starts in a few tens of milliseconds.
const saver = path.join(work, "saver.mjs");
beforeAll(() => {
  const entry = path.join(work, "saver-entry.ts");
  writeFileSync(
    entry,
    `import { saveLessonFile } from ${JSON.stringify(path.resolve("app/lesson-store.ts"))};
     const [target, seed] = process.argv.slice(2);
     const base = JSON.parse(process.env.LESSON);
     process.stdout.write("ready\\n");
     for (let i = 0; ; i++) {
       // Lessons of very different sizes, so a kill lands in every phase of a write.
       const notes = "บันทึก ".repeat(((Number(seed) + i) * 7919) % 14000);
       const r = await saveLessonFile(target, { ...base, notes, maxIter: 1 + i });
       if (!r.ok) { console.error(JSON.stringify(r.error)); process.exit(3); }
     }`,
  );
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: saver,
    logLevel: "error",
  });
});

function runAndKill(target: string, seed: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver, target, String(seed)], {
      env: { ...process.env, LESSON: JSON.stringify(SAMPLE_LESSON) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.once("data", () => setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * 40)));
    child.on("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`saver exited ${code}: ${err}`)),
    );
  });
}

describe("atomic save", () => {
  it("killed with SIGKILL at 200 random moments, the lesson file is never corrupt or empty", async () => {
    // Four savers at a time, each on its own file in its own folder, 50 kills each.
    const lanes = [0, 1, 2, 3].map(async (lane) => {
      const target = path.join(work, `killed-${lane}`, "lesson.descent.json");
      await fs.mkdir(path.dirname(target));
      writeFileSync(target, writeLesson(SAMPLE_LESSON));
      for (let run = lane; run < 200; run += 4) {
        await runAndKill(target, run);
        const text = readFileSync(target, "utf8");
        const read = readLesson(text);
        if (!read.ok) throw new Error(`run ${run}: ${read.error.id} (${text.length} bytes)`);
      }
      // Temporary files of the killed saves are left behind; the next start removes them all.
      await cleanLeftovers(path.dirname(target));
      expect(readdirSync(path.dirname(target))).toEqual(["lesson.descent.json"]);
    });
    await Promise.all(lanes);
  }, 180_000);

  const failing = (code: string, at: "open" | "write" | "rename"): typeof fs => {
    const fail = () => Promise.reject(Object.assign(new Error(code), { code }));
    return {
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        if (at === "open") return fail();
        const handle = await fs.open(...args);
        if (at === "write") handle.writeFile = fail;
        return handle;
      },
      rename: at === "rename" ? fail : fs.rename,
    } as typeof fs;
  };

  it.each([
    ["ENOSPC", "write", "lesson.why.noSpace"],
    ["EACCES", "open", "lesson.why.noPermission"],
    ["EROFS", "open", "lesson.why.readOnly"],
    ["EIO", "rename", "lesson.why.other"],
  ] as const)(
    "a failed write (%s at %s) leaves the original byte-identical and says why",
    async (code, at, why) => {
      const folder = await fs.mkdtemp(path.join(work, "fail-"));
      const target = path.join(folder, "lesson.descent.json");
      const original = writeLesson({ ...SAMPLE_LESSON, notes: "the original" });
      writeFileSync(target, original);
      const saved = await saveLessonFile(target, { ...SAMPLE_LESSON, notes: "new" }, failing(code, at));
      expect(saved).toMatchObject({
        ok: false,
        error: { id: "lesson.saveFailed", params: { why: { id: why } } },
      });
      expect(readFileSync(target, "utf8")).toBe(original);
      expect(readdirSync(folder)).toEqual(["lesson.descent.json"]); // no temporary file left
    },
  );

  it("a folder that does not exist is a clear error, not a crash", async () => {
    const saved = await saveLessonFile(path.join(work, "gone", "x.descent.json"), SAMPLE_LESSON);
    expect(saved).toMatchObject({ ok: false, error: { params: { why: { id: "lesson.why.notFound" } } } });
  });

  it.skipIf(process.getuid?.() === 0)(
    "a read-only folder (real permissions) leaves the file as it was",
    async () => {
      const folder = await fs.mkdtemp(path.join(work, "ro-"));
      const target = path.join(folder, "lesson.descent.json");
      writeFileSync(target, writeLesson(SAMPLE_LESSON));
      await fs.chmod(folder, 0o555);
      const saved = await saveLessonFile(target, { ...SAMPLE_LESSON, notes: "new" });
      await fs.chmod(folder, 0o755);
      expect(saved).toMatchObject({
        ok: false,
        error: { params: { why: { id: "lesson.why.noPermission" } } },
      });
      expect(readFileSync(target, "utf8")).toBe(writeLesson(SAMPLE_LESSON));
    },
  );
});

describe("opening damaged files", () => {
  const good = writeLesson(SAMPLE_LESSON);
  it.each([
    ["truncated", good.slice(0, 100), "lesson.notJson"],
    ["flipped bytes", good.replace('"version"', '"vErsion"'), "lesson.invalid"],
    ["a missing key", good.replace(/ {2}"notes": .*\n/, ""), "lesson.invalid"],
    ["NaN", good.replace('"lr": 0.002', '"lr": NaN'), "lesson.notJson"],
    ["6 MB", good.replace('"notes": "', `"notes": "${"x".repeat(6_000_000)}`), "lesson.tooLarge"],
  ])("%s: a clear error, and the file is unchanged", async (_, text, id) => {
    const file = path.join(work, `damaged-${id}-${text.length}.descent.json`);
    writeFileSync(file, text);
    const before = await fs.stat(file);
    const opened = await openLessonFile(file);
    expect(opened).toMatchObject({ ok: false, error: { id } });
    expect(readFileSync(file, "utf8")).toBe(text);
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it("a good file opens with its name", async () => {
    const file = path.join(work, "good.descent.json");
    writeFileSync(file, good);
    expect(await openLessonFile(file)).toEqual({
      ok: true,
      lesson: SAMPLE_LESSON,
      name: "good.descent.json",
    });
  });
});
