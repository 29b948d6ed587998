// The built renderer is served as app://descent/… so the page has a real origin (a CSP header that applies, an
// exact origin for IPC sender checks) and can reach nothing outside its own bundle folder.
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { CONTENT_SECURITY_POLICY } from "./security.ts";

export const APP_SCHEME = "app";
export const APP_HOST = "descent";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".json": "application/json",
};

/**
 * The file inside `root` that a URL names, or null for anything else: another scheme or host, `..` in any
 * spelling (the URL parser already folds `%2e%2e`; a `%2f` or `%5c` left in a segment is refused), a NUL, or a
 * symlink that leads out of the bundle.
 */
export async function resolveInBundle(root: string, url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (/%2f|%5c|%00/i.test(parsed.pathname) || parsed.pathname.includes("\\")) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative === "/" || relative === "") relative = "/index.html";
  const segments = relative.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === ".." || s === "." || s.includes("\0"))) return null;
  const realRoot = await realpath(root);
  let file: string;
  try {
    file = await realpath(path.join(realRoot, ...segments));
  } catch {
    return null;
  }
  return file.startsWith(realRoot + path.sep) ? file : null;
}

/** The response for one app:// request: the file with its type and the CSP header, or a bare 404. */
export async function serveBundle(
  root: string,
  request: { url: string; method?: string },
): Promise<Response> {
  if (request.method && request.method !== "GET") return new Response(null, { status: 405 });
  const file = await resolveInBundle(root, request.url);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
