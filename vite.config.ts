import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The renderer is a plain web page: Electron loads the built files from disk, and `npm run web`
// serves the very same build on 127.0.0.1.
export default defineConfig({
  root: here("./renderer"),
  base: "./",
  plugins: [
    svelte({ configFile: here("./svelte.config.js") }),
    // The dev server injects CSS as <style> elements, which the page's strict CSP refuses; the build links files.
    {
      name: "dev-only-inline-styles",
      apply: "serve",
      transformIndexHtml: (html: string) =>
        html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    },
  ],
  resolve: { alias: { "@core": here("./core") } },
  build: {
    outDir: here("./dist-web"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
