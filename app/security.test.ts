import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Channel, COMMAND_CHANNEL } from "./channels.ts";
import { CONTENT_SECURITY_POLICY, allowPermission, isAllowedExternal } from "./security.ts";
import { APP_ORIGIN } from "./protocol.ts";

const preload = readFileSync(new URL("./preload.cts", import.meta.url), "utf8");
const windowTs = readFileSync(new URL("./window.ts", import.meta.url), "utf8");
const indexHtml = readFileSync(new URL("../renderer/index.html", import.meta.url), "utf8");

describe("electron security", () => {
  it.each([
    ["contextIsolation", true],
    ["sandbox", true],
    ["nodeIntegration", false],
    ["nodeIntegrationInWorker", false],
    ["nodeIntegrationInSubFrames", false],
    ["webSecurity", true],
    ["allowRunningInsecureContent", false],
    ["experimentalFeatures", false],
    ["webviewTag", false],
  ] as const)("the window factory sets webPreferences.%s to %s, literally", (key, value) => {
    expect(windowTs).toContain(`${key}: ${value},`);
  });

  it("the preload exposes one named method per channel and never ipcRenderer itself", () => {
    const invoked = [...preload.matchAll(/ipcRenderer\.invoke\("([^"]+)"/g)].map((m) => m[1]);
    expect(invoked.sort()).toEqual(Object.values(Channel).sort());
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).not.toMatch(/ipcRenderer\.send\b/);
    // The one listener: menu commands, handed on without the event.
    expect([...preload.matchAll(/ipcRenderer\.on\("([^"]+)"/g)].map((m) => m[1])).toEqual([COMMAND_CHANNEL]);
  });

  it.each(["'unsafe-eval'", "'unsafe-inline'", "http:", "https:", "*"])("the CSP never allows %s", (bad) => {
    expect(CONTENT_SECURITY_POLICY).not.toContain(bad);
    const directive = (name: string) => CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith(name));
    expect(directive("script-src")).toBe("script-src 'self'");
    expect(directive("style-src")).toBe("style-src 'self'");
  });

  it("the page's own CSP meta matches the one the app:// protocol sends (less frame-ancestors, header-only)", () => {
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1];
    expect(meta).toBe(
      CONTENT_SECURITY_POLICY.split("; ")
        .filter((d) => !d.startsWith("frame-ancestors"))
        .join("; "),
    );
  });

  it.each([
    ["https://pytorch.org/docs/stable/optim.html", true],
    ["https://en.wikipedia.org/wiki/Gradient_descent", true],
    ["http://pytorch.org/docs/stable/optim.html", false],
    ["https://pytorch.org.evil.example/docs/", false],
    ["https://user:pw@pytorch.org/docs/", false],
    ["https://pytorch.org:8443/docs/", false],
    ["https://evil.example/", false],
    ["file:///etc/passwd", false],
    ["javascript:alert(1)", false],
    ["smb://server/share", false],
  ])("an external link to %s is allowed: %s", (url, allowed) => {
    expect(isAllowedExternal(url)).toBe(allowed);
  });

  it.each([
    ["clipboard-sanitized-write", APP_ORIGIN, true],
    ["clipboard-sanitized-write", "https://evil.example", false],
    ["clipboard-read", APP_ORIGIN, false],
    ["media", APP_ORIGIN, false],
    ["geolocation", APP_ORIGIN, false],
    ["notifications", APP_ORIGIN, false],
    ["openExternal", APP_ORIGIN, false],
  ])("permission %s from %s: %s", (permission, origin, allowed) => {
    expect(allowPermission(permission, origin, APP_ORIGIN)).toBe(allowed);
  });
});
