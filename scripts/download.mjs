// The two things `npm start` and `npm test` need before fetching what a fresh machine lacks (Electron's binary,
// Playwright's Chromium): whether the download host answers at all, decided within a few seconds so an offline
// machine falls back at once, and an installer run that cannot hang for ever.
import { spawn } from "node:child_process";
import net from "node:net";

/** Opens (and closes) a TCP connection to the URL's host, or to the HTTPS proxy when one is configured. */
export function reachable(url, { timeoutMs = 4000, env = process.env } = {}) {
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy;
  const target = new URL(proxy || url);
  const port = Number(target.port) || (target.protocol === "http:" ? 80 : 443);
  return new Promise((resolve) => {
    const socket = net.connect({ host: target.hostname, port });
    const done = (ok) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * Runs an installer to completion: `{ ok: true }`, or `{ ok: false, reason }` with the first line it wrote to stderr
 * (Electron's installer prints a whole stack trace) or the time-out. `quiet` keeps its stderr off the terminal.
 */
export function runInstaller(command, args, { timeoutMs, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", quiet ? "pipe" : "inherit"] });
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill();
      resolve({ ok: false, reason: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const first = stderr.trim().split("\n")[0] || `exit ${code}`;
      resolve(code === 0 ? { ok: true } : { ok: false, reason: first });
    });
  });
}
