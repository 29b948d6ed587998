// The shell's security decisions as plain data and pure functions, so tests read them without Electron.

/** No 'unsafe-inline' and no 'unsafe-eval', for scripts and styles alike (KaTeX renders into elements). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The only web pages a click may open in the system browser: the documentation a lesson links to. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  "https://pytorch.org/docs/",
  "https://docs.pytorch.org/docs/",
  "https://en.wikipedia.org/wiki/",
  "https://th.wikipedia.org/wiki/",
];

export function isAllowedExternal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password || parsed.port) return false;
  return EXTERNAL_ALLOW_LIST.some((prefix) => parsed.href.startsWith(prefix));
}

/** Every permission request is denied except what a feature needs: writing the clipboard for Copy. */
export function allowPermission(permission: string, requestingOrigin: string, appOrigin: string): boolean {
  return permission === "clipboard-sanitized-write" && requestingOrigin === appOrigin;
}
