// `npm start`: open the Electron desktop app. Where its binary is missing (npm's install step for it is switched off
// in package.json's allowScripts), run Electron's own installer once, then open the app; only when that cannot work
// (no network, a failed download) say so in one line and serve the same UI as a web page instead.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { reachable, runInstaller } from "./download.mjs";

const require = createRequire(import.meta.url);

// After a failed download, `npm start` serves the web UI at once for this long instead of trying again.
export const RETRY_AFTER_MS = 60 * 60_000;

const GET_IT = "`node node_modules/electron/install.js` fetches it when there is internet access";

/**
 * The Electron binary's path, or null. Read from the package's path.txt rather than by `require("electron")`:
 * since Electron 45 that require starts a download of its own when the binary is missing.
 */
export function electronBinary() {
  try {
    const dir = path.dirname(require.resolve("electron/package.json"));
    const rel = readFileSync(path.join(dir, "path.txt"), "utf8").trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? path.join(override, rel || "electron") : path.join(dir, "dist", rel);
    return rel && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** When the last download failed, kept in a file (a time stamp) so the next `npm start` does not wait again. */
export function failureMemo(file) {
  return {
    failedAt() {
      try {
        return Date.parse(readFileSync(file, "utf8"));
      } catch {
        return NaN;
      }
    },
    record(time) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, new Date(time).toISOString());
    },
    clear: () => rmSync(file, { force: true }),
  };
}

/**
 * Electron or the web UI: `{ shell: "electron", binary }` or `{ shell: "web", line }` with the one line saying why.
 * The installer runs only when the binary is missing, downloads are allowed (ELECTRON_SKIP_BINARY_DOWNLOAD unset),
 * the last failure is older than RETRY_AFTER_MS and the download host answers.
 */
export async function chooseShell({
  web = false,
  binary = electronBinary,
  online,
  install,
  memo,
  env = process.env,
  now = Date.now(),
  log = console.log,
}) {
  const fallback = (why) => ({
    shell: "web",
    line: `Descent Lab: ${why}; serving the same UI in your browser instead:`,
  });
  if (web) return { shell: "web", line: null };
  const present = binary();
  if (present) return { shell: "electron", binary: present };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return fallback(
      `the Electron desktop shell is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD is set; ${GET_IT})`,
    );
  }
  const failedAt = memo.failedAt();
  if (now - failedAt < RETRY_AFTER_MS) {
    const minutes = Math.max(1, Math.round((now - failedAt) / 60_000));
    return fallback(
      `the Electron desktop shell is not installed (its download failed ${minutes} min ago; ${GET_IT})`,
    );
  }
  if (!(await online())) {
    memo.record(now);
    return fallback(
      `the Electron desktop shell is not installed and there is no network to download it (${GET_IT})`,
    );
  }
  log("Descent Lab: downloading the Electron desktop shell (once, about 100 MB)…");
  const { ok, reason } = await install();
  const installed = ok ? binary() : null;
  if (installed) {
    memo.clear();
    return { shell: "electron", binary: installed };
  }
  memo.record(now);
  return fallback(
    `the Electron desktop shell could not be downloaded (${reason ?? "no binary after install"}; ${GET_IT})`,
  );
}

function downloadHost(env) {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror;
  return mirror || "https://github.com";
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const choice = await chooseShell({
    web: process.argv.includes("--web"),
    online: () => reachable(downloadHost(process.env)),
    install: () =>
      runInstaller(process.execPath, [require.resolve("electron/install.js")], {
        timeoutMs: 10 * 60_000,
        quiet: true,
      }),
    memo: failureMemo(
      fileURLToPath(new URL("../node_modules/.cache/descent-lab/electron-download-failed", import.meta.url)),
    ),
  });
  if (choice.shell === "electron") {
    const child = spawn(choice.binary, ["."], {
      stdio: "inherit",
      env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
    });
    child.on("exit", (code) => process.exit(code ?? 0));
  } else {
    if (choice.line) console.log(choice.line);
    const { serveWeb } = await import("./serve-web.mjs");
    await serveWeb();
  }
}
