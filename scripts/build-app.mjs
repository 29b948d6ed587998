// Builds the main process and the preload into dist-app/, each one self-contained (zod and the core's lesson
// module bundled in), so the packaged asar needs no node_modules. Electron and Node's own modules stay external.
import { build } from "vite";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const external = ["electron", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const target = (entry, format, fileName) =>
  build({
    configFile: false,
    logLevel: "warn",
    build: {
      outDir: here("../dist-app"),
      emptyOutDir: false,
      target: "node22",
      minify: false,
      sourcemap: false,
      ssr: true,
      lib: { entry: here(entry), formats: [format], fileName: () => fileName },
      rollupOptions: { external },
    },
    ssr: { noExternal: true, target: "node" },
  });

await target("../app/main.ts", "es", "main.js");
await target("../app/preload.cts", "cjs", "preload.cjs");
