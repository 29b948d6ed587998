// `npm start`: launch the Electron app; where the Electron binary is missing (offline installs),
// say so in one line and serve the same UI as a web page instead.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { serveWeb } from "./serve-web.mjs";

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require("electron"); // the package's index.js returns the binary's path, or throws if it was never downloaded
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary && !process.argv.includes("--web")) {
  const child = spawn(binary, ["."], {
    stdio: "inherit",
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  if (!binary) {
    console.log(
      "Descent Lab: the Electron desktop shell is not installed (its binary could not be downloaded); to get it, run `node node_modules/electron/install.js` on a machine with internet access. Serving the same UI in your browser instead:",
    );
  }
  await serveWeb();
}
