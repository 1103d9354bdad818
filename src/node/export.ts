/**
 * Exports and the catalog site, from the bundled curriculum or a designer's
 * own lessons. Invalid lessons are refused with the validator's report, and
 * output is written atomically.
 */
import { bundledRegistry, lessons as bundledLessons } from "../catalog/bundled.js";
import { exportFiles, type ExportFormat, type ExportOptions } from "../export/formats.js";
import type { Lesson } from "../schema/lesson.js";
import { siteFiles } from "../site/site.js";
import { validateFiles, type FilesResult } from "./validate-files.js";
import { writeFilesAtomically } from "./write-files.js";

/** Where the lessons come from: the bundled curriculum, or files and folders. */
export interface LessonSource {
  /** Lesson files and folders; the bundled curriculum when empty or absent. */
  readonly paths?: readonly string[];
  /** With paths: include the bundled lessons too. Default: false. */
  readonly withBundled?: boolean;
}

/** The outcome: either the files written, or the validation that refused the lessons. */
export type WriteResult =
  | { readonly ok: true; readonly out: string; readonly files: readonly string[]; readonly lessons: number }
  | { readonly ok: false; readonly validation: FilesResult };

async function loadLessons(source: LessonSource): Promise<{ lessons: readonly Lesson[] } | { validation: FilesResult }> {
  if (!source.paths || source.paths.length === 0) return { lessons: bundledLessons };
  const validation = await validateFiles(source.paths, { withBundled: source.withBundled ?? false });
  if (!validation.ok) return { validation };
  return { lessons: source.withBundled ? [...bundledLessons, ...validation.lessons] : validation.lessons };
}

/**
 * Exports lessons in a format (md, html, lrmi, cc, case) into a folder.
 *
 * @example
 * ```ts
 * import { exportLessons } from "growsafe/node";
 * const result = await exportLessons({ format: "cc", out: "build/cartridge" });
 * if (result.ok) console.log(result.files); // ["growsafe.imscc"]
 * ```
 */
export async function exportLessons(options: LessonSource & ExportOptions & { readonly format: ExportFormat; readonly out: string }): Promise<WriteResult> {
  const loaded = await loadLessons(options);
  if ("validation" in loaded) return { ok: false, validation: loaded.validation };
  const files = exportFiles(options.format, loaded.lessons, bundledRegistry, options);
  return { ok: true, out: options.out, files: await writeFilesAtomically(options.out, files), lessons: loaded.lessons.length };
}

/**
 * Builds the static catalog site into a folder.
 *
 * @example
 * ```ts
 * import { buildSite } from "growsafe/node";
 * await buildSite({ out: "site" }); // open site/index.html, or serve the folder
 * ```
 */
export async function buildSite(options: LessonSource & { readonly out: string; readonly locale?: string }): Promise<WriteResult> {
  const loaded = await loadLessons(options);
  if ("validation" in loaded) return { ok: false, validation: loaded.validation };
  const files = siteFiles(loaded.lessons, bundledRegistry, options.locale ? { locale: options.locale } : {});
  return { ok: true, out: options.out, files: await writeFilesAtomically(options.out, files), lessons: loaded.lessons.length };
}
