/**
 * The Node wing: finding and reading files. The only code (with the CLI)
 * that touches the file system.
 */
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { renderMessage, type MessageLocale } from "../diagnostics/messages.js";
import type { SourceFile } from "../validate/validate.js";

/**
 * A path the user named that does not exist or cannot be listed: a usage error, not a content error.
 *
 * @example
 * ```ts
 * try { await validateFiles(["missing/"]); } catch (e) { if (e instanceof PathError) console.log(e.path); }
 * ```
 */
export class PathError extends Error {
  override readonly name = "PathError";
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Expands files and folders into the YAML files below them, sorted, each once.
 * Folders are walked without following a symlink back into a folder already seen.
 *
 * @throws PathError when a named path does not exist.
 *
 * @example
 * ```ts
 * await collectYamlFiles(["lessons/"]); // ["lessons/a.yaml", "lessons/sub/b.yml"]
 * ```
 */
export async function collectYamlFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const seenDirs = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return; // a symlink loop or a folder named twice
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isSymbolicLink()) {
        const info = await stat(full).catch(() => undefined);
        if (info?.isDirectory()) await walk(full);
        else if (info?.isFile() && YAML_FILE.test(entry.name)) found.add(full);
      } else if (entry.isFile() && YAML_FILE.test(entry.name)) found.add(full);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch((error: NodeJS.ErrnoException) => {
      throw new PathError(p, error.code === "ENOENT" ? "no such file or folder" : error.message);
    });
    if (info.isDirectory()) await walk(p).catch((error: Error) => {
      throw new PathError(p, error.message);
    });
    else found.add(p);
  }
  return [...found];
}

/** A file that could not be turned into text, as a diagnostic. */
function fileDiagnostic(file: string, code: string, args: Record<string, string | number>, locale: MessageLocale): Diagnostic {
  return { code, severity: "error", file, path: [], line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, args, ...renderMessage(code, args, locale) };
}

/** A read file: its text, or the diagnostic that explains why there is none. */
export type ReadResult = { readonly source: SourceFile } | { readonly diagnostic: Diagnostic };

/**
 * Reads a file as UTF-8 text, refusing binary, non-UTF-8 and oversized files.
 *
 * @example
 * ```ts
 * const r = await readSourceFile("a.yaml", 1_000_000);
 * if ("diagnostic" in r) console.log(r.diagnostic.message);
 * ```
 */
export async function readSourceFile(file: string, maxSize: number, locale: MessageLocale = "en"): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > maxSize) return { diagnostic: fileDiagnostic(file, "file/too-large", { size: info.size, limit: maxSize }, locale) };
    bytes = await readFile(file);
  } catch (error) {
    return { diagnostic: fileDiagnostic(file, "file/unreadable", { reason: (error as Error).message }, locale) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { diagnostic: fileDiagnostic(file, "file/not-text", { byte: "0x00", at: nul }, locale) };
  try {
    return { source: { filename: file, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) } };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { diagnostic: fileDiagnostic(file, "file/not-text", { byte: `0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")}`, at }, locale) };
  }
}

/** Offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
