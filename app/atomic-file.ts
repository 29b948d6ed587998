// Saving that never loses work: write a temporary file beside the target, fsync it, rename it over the target,
// fsync the folder. A crash at any moment leaves either the old file or the new one, never a half-written one;
// the temporary files of an interrupted save are removed at the next start (cleanLeftovers).
// No Electron import here, so the tests run it under plain Node (and kill it with SIGKILL).
import * as nodeFs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { msg, type Msg } from "../core/messages/index.ts";

/** The file-system calls a save makes; tests pass one that fails like a full or read-only disk. */
export type SaveFs = Pick<typeof nodeFs, "open" | "rename" | "unlink">;

const MARK = ".descent-tmp-";

/** `.<name>.descent-tmp-<pid>-<random>`: hidden, in the same folder (rename is atomic only within one). */
const tempName = (target: string) =>
  path.join(
    path.dirname(target),
    `.${path.basename(target)}${MARK}${process.pid}-${randomBytes(4).toString("hex")}`,
  );

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fs: SaveFs = nodeFs,
): Promise<void> {
  const temp = tempName(target);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx", 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; there NTFS journals the rename. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === "win32") return;
  const dir = await nodeFs.open(folder, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Removes the temporary files an interrupted save left in `folder` (not those of a save still running). */
export async function cleanLeftovers(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await nodeFs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = new RegExp(`^\\..+${MARK.replace(/\./g, "\\.")}(\\d+)-[0-9a-f]+$`).exec(name);
    if (!m || (Number(m[1]) !== process.pid && alive(Number(m[1])))) continue;
    await nodeFs.unlink(path.join(folder, name)).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Why a save failed, in the words of the catalog. */
export function saveFailure(error: unknown): Msg {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "EIO";
  const why =
    code === "ENOSPC" || code === "EDQUOT"
      ? msg("lesson.why.noSpace")
      : code === "EACCES" || code === "EPERM"
        ? msg("lesson.why.noPermission")
        : code === "EROFS"
          ? msg("lesson.why.readOnly")
          : code === "ENOENT"
            ? msg("lesson.why.notFound")
            : msg("lesson.why.other", { code });
  return msg("lesson.saveFailed", { why });
}
