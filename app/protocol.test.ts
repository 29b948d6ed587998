import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resolveInBundle, serveBundle } from "./protocol.ts";
import { CONTENT_SECURITY_POLICY } from "./security.ts";

// A bundle folder with a secret beside it, and symlinks pointing out of it.
const base = mkdtempSync(path.join(tmpdir(), "descent-protocol-"));
const root = path.join(base, "dist-web");
mkdirSync(path.join(root, "assets"), { recursive: true });
writeFileSync(path.join(root, "index.html"), "<!doctype html><title>Descent Lab</title>");
writeFileSync(path.join(root, "assets", "app.js"), "export {};");
writeFileSync(path.join(base, "secret.txt"), "secret");
symlinkSync(path.join(base, "secret.txt"), path.join(root, "assets", "link.txt"));
symlinkSync(base, path.join(root, "up"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("app:// protocol", () => {
  it.each([
    ["app://descent/", "index.html"],
    ["app://descent/index.html", "index.html"],
    ["app://descent/assets/app.js", "assets/app.js"],
    ["app://descent/assets/app.js?v=1#x", "assets/app.js"],
  ])("serves %s", async (url, file) => {
    expect(await resolveInBundle(root, url)).toBe(path.join(root, file));
  });

  it.each([
    "app://descent/../secret.txt",
    "app://descent/assets/../../secret.txt",
    "app://descent/%2e%2e/secret.txt",
    "app://descent/%2E%2E/%2E%2E/secret.txt",
    "app://descent/..%2fsecret.txt",
    "app://descent/..%2Fsecret.txt",
    "app://descent/..%5csecret.txt",
    "app://descent/assets/..\\..\\secret.txt",
    "app://descent/%252e%252e/secret.txt",
    "app://descent/index.html%00.js",
    `app://descent/${base}/secret.txt`,
    `app://descent//${base.slice(1)}/secret.txt`,
    "app://descent/assets/link.txt",
    "app://descent/up/secret.txt",
    "app://other/index.html",
    "app://descent.evil/index.html",
    "file:///etc/passwd",
    "https://descent/index.html",
    "app://descent/missing.js",
    "not a url",
  ])("refuses %s", async (url) => {
    expect(await resolveInBundle(root, url)).toBeNull();
    expect((await serveBundle(root, { url })).status).toBe(404);
  });

  it("answers with the file's type, the CSP and nosniff; only GET", async () => {
    const response = await serveBundle(root, { url: "app://descent/assets/app.js" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe("export {};");
    expect((await serveBundle(root, { url: "app://descent/index.html", method: "POST" })).status).toBe(405);
  });
});
