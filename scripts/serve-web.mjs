// Serves the built renderer (dist-web/) on 127.0.0.1 — the same UI as the desktop app, in a browser.
import { preview } from "vite";

export async function serveWeb({ port = 4173 } = {}) {
  const server = await preview({
    configFile: new URL("../vite.config.ts", import.meta.url).pathname,
    preview: { host: "127.0.0.1", port, strictPort: false, open: false },
  });
  const address = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`Descent Lab is running at ${address}  (Ctrl+C to stop)`);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serveWeb();
}
