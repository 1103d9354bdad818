/**
 * Writing a set of files into a folder atomically: everything goes into a
 * temporary folder next to the target, which then replaces the target. A
 * failure part-way leaves the target as it was.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writes `files` (relative path → content) as the whole content of `out`.
 *
 * @example
 * ```ts
 * await writeFilesAtomically("site", new Map([["index.html", "<!doctype html>…"]]));
 * ```
 */
export async function writeFilesAtomically(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<string[]> {
  const target = path.resolve(out);
  const staging = `${target}.growsafe-tmp-${process.pid}-${Date.now()}`;
  const old = `${target}.growsafe-old-${process.pid}-${Date.now()}`;
  try {
    for (const [rel, content] of files) {
      const file = path.resolve(staging, rel);
      // Never write outside the output folder, whatever a path in the map says.
      if (!file.startsWith(staging + path.sep)) throw new Error(`refusing to write outside ${out}: ${rel}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    await mkdir(staging, { recursive: true });
    const hadOld = await rename(target, old).then(() => true, () => false);
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadOld) await rename(old, target); // put the previous output back
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return [...files.keys()].sort();
}
