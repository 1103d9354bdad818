/**
 * Validating files and folders from disk.
 */
import { bundledRegistry, lessons as bundledLessons } from "../catalog/bundled.js";
import { validateLessons, defaultMaxFileSize, type ValidateOptions, type ValidationResult } from "../validate/validate.js";
import { readAll } from "./curriculum.js";
import { collectYamlFiles } from "./files.js";

/** Options of {@link validateFiles}. */
export interface ValidateFilesOptions extends Omit<ValidateOptions, "external"> {
  /** Check together with the bundled lessons. Default: false. */
  readonly withBundled?: boolean;
}

/** A validation of files, with the texts read (for code frames). */
export interface FilesResult extends ValidationResult {
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Validates lesson files and folders (recursing into *.yaml and *.yml).
 * Content problems are values; only a path that does not exist rejects (PathError).
 *
 * @example
 * ```ts
 * import { validateFiles } from "growsafe/node";
 * const result = await validateFiles(["my-lessons/"], { withBundled: true });
 * console.log(result.errorCount);
 * ```
 */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): Promise<FilesResult> {
  const files = await collectYamlFiles(paths);
  const { withBundled, ...rest } = options;
  const read = await readAll(files, options.maxFileSize ?? defaultMaxFileSize, options.locale);
  const result = validateLessons(read.sources, bundledRegistry, { ...rest, external: withBundled ? bundledLessons : [] });
  const diagnostics = [...read.diagnostics, ...result.diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  const errorCount = diagnostics.filter((d) => d.severity === "error").length;
  return {
    ...result, files: files.length, diagnostics, errorCount, ok: errorCount === 0,
    texts: new Map(read.sources.map((s) => [s.filename, s.text])),
  };
}
