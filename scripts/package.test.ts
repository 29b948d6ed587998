import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

// `electron-builder --dir` offline: a stand-in Electron (a shell script carrying Electron's fuse wire, all
// fuses on) lets it pack resources/app.asar and flip the fuses, which is what the package holds besides the
// real binary. The Electron zip itself cannot be downloaded here.
const require = createRequire(import.meta.url);
const asar = require("@electron/asar") as {
  listPackage(file: string, o?: object): string[];
  extractFile(a: string, f: string): Buffer;
};
const SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
const work = mkdtempSync(path.join(tmpdir(), "descent-package-"));
const out = path.join(work, "release");
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  const dist = path.join(work, "electron-dist");
  mkdirSync(dist);
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\n${SENTINEL}`),
    Buffer.from([1, 9]),
    Buffer.from("111111111\n"),
  ]);
  writeFileSync(path.join(dist, "electron"), wire);
  chmodSync(path.join(dist, "electron"), 0o755);
  const run = spawnSync(
    process.execPath,
    [
      require.resolve("electron-builder/cli.js"),
      "--dir",
      "--linux",
      "--config",
      "electron-builder.yml",
      `-c.electronDist=${dist}`,
      "-c.npmRebuild=false",
      `-c.directories.output=${out}`,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
}, 600_000);

describe("the packaged app (electron-builder --dir, stand-in Electron)", () => {
  const appAsar = () => path.join(out, "linux-unpacked", "resources", "app.asar");

  it("the asar holds the built app and nothing else", () => {
    const files = asar.listPackage(appAsar(), { isPack: false }).map((f) => f.replaceAll("\\", "/"));
    const outside = files.filter(
      (f) => !/^\/(dist-app|dist-app\/(main\.js|preload\.cjs)|dist-web(\/.*)?|package\.json)$/.test(f),
    );
    expect(outside).toEqual([]);
    expect(
      files.filter((f) => /\.(map|ts|cts|svelte)$|node_modules|\.test\.|\/e2e\/|\/core\//.test(f)),
    ).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(["/dist-app/main.js", "/dist-app/preload.cjs", "/dist-web/index.html"]),
    );
    const pkg = JSON.parse(asar.extractFile(appAsar(), "package.json").toString("utf8"));
    expect(pkg.main).toBe("dist-app/main.js");
  });

  it("the page inside carries the strict CSP", () => {
    const html = asar.extractFile(appAsar(), "dist-web/index.html").toString("utf8");
    expect(html).toContain("style-src 'self';");
    expect(html).not.toContain("unsafe-inline");
  });

  it("the fuses are set: RunAsNode, NODE_OPTIONS and inspect off; asar integrity and asar-only on", () => {
    const binary = readFileSync(path.join(out, "linux-unpacked", "descent-lab"));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const fuses = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString("latin1");
    // Electron's fuse order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
    // EmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, BrowserV8Snapshot, GrantFileProtocolExtraPrivileges.
    expect(fuses.slice(0, 8)).toBe("01001100");
  });
});
