import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Channel } from "./channels.ts";
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from "./security.ts";

const preload = readFileSync(new URL("./preload.cts", import.meta.url), "utf8");
const indexHtml = readFileSync(new URL("../renderer/index.html", import.meta.url), "utf8");

describe("electron security", () => {
  it.each([
    ["contextIsolation", true],
    ["sandbox", true],
    ["nodeIntegration", false],
    ["nodeIntegrationInWorker", false],
    ["webSecurity", true],
  ] as const)("webPreferences.%s is %s", (key, value) => {
    expect(secureWebPreferences("/p.cjs")![key]).toBe(value);
  });

  it("the preload exposes one named method per channel and never ipcRenderer itself", () => {
    for (const channel of Object.values(Channel)) expect(preload).toContain(`"${channel}"`);
    const invoked = [...preload.matchAll(/ipcRenderer\.invoke\("([^"]+)"/g)].map((m) => m[1]);
    expect(invoked.sort()).toEqual(Object.values(Channel).sort());
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|on)\b/);
  });

  it.each(["'unsafe-eval'", "http:", "https:", "*"])("the CSP never allows %s for scripts", (bad) => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain(bad);
  });

  it("the page's own CSP meta matches the one Electron sends", () => {
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});
