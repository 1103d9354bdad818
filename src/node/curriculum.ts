/**
 * Loading a whole curriculum folder: registries and lessons, as the build
 * and `growsafe validate` on the bundled curriculum use it.
 *
 * Layout: topics.yaml, frameworks/*.yaml, helplines/*.yaml,
 * school-systems/*.yaml and lessons/**\/*.yaml.
 */
import path from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import type { MessageLocale } from "../diagnostics/messages.js";
import type { Registry } from "../rules/registry.js";
import { validateRegistries } from "../validate/registries.js";
import { defaultMaxFileSize, validateLessons, type SourceFile, type ValidateOptions, type ValidationResult } from "../validate/validate.js";
import { collectYamlFiles, readSourceFile } from "./files.js";

/**
 * Reads files, separating texts from files that could not be read.
 *
 * @example
 * ```ts
 * const { sources, diagnostics } = await readAll(["a.yaml", "b.yaml"], 1_000_000);
 * ```
 */
export async function readAll(files: readonly string[], maxSize: number, locale: MessageLocale = "en"): Promise<{ sources: SourceFile[]; diagnostics: Diagnostic[] }> {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  // Read in small batches: thousands of files must not exhaust file handles.
  for (let i = 0; i < files.length; i += 64) {
    const results = await Promise.all(files.slice(i, i + 64).map((f) => readSourceFile(f, maxSize, locale)));
    for (const r of results) {
      if ("source" in r) sources.push(r.source);
      else diagnostics.push(r.diagnostic);
    }
  }
  return { sources, diagnostics };
}

/** A validated curriculum folder. */
export interface CurriculumResult extends ValidationResult {
  readonly registry?: Registry;
  /** The texts that were read, by file name, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
}

const inDir = async (dir: string): Promise<string[]> => collectYamlFiles([dir]).catch(() => []);

/**
 * Validates a curriculum folder: its registries, then its lessons against them.
 *
 * @example
 * ```ts
 * const result = await validateCurriculum("curriculum");
 * console.log(result.ok, result.lessons.length);
 * ```
 */
export async function validateCurriculum(dir: string, options: ValidateOptions = {}): Promise<CurriculumResult> {
  const maxSize = options.maxFileSize ?? defaultMaxFileSize;
  const locale = options.locale ?? "en";
  const [frameworks, helplines, systems, lessonFiles] = await Promise.all(
    ["frameworks", "helplines", "school-systems", "lessons"].map((sub) => inDir(path.join(dir, sub))),
  );
  const read = await readAll([path.join(dir, "topics.yaml"), ...frameworks!, ...helplines!, ...systems!, ...lessonFiles!], maxSize, locale);
  const byName = new Map(read.sources.map((s) => [s.filename, s]));
  const texts = new Map(read.sources.map((s) => [s.filename, s.text]));
  const pick = (files: readonly string[]): SourceFile[] => files.flatMap((f) => byName.get(f) ?? []);
  const topics = byName.get(path.join(dir, "topics.yaml")) ?? { filename: path.join(dir, "topics.yaml"), text: "" };
  const reg = validateRegistries({ topics, frameworks: pick(frameworks!), helplines: pick(helplines!), schoolSystems: pick(systems!) }, options);
  const diagnostics = [...read.diagnostics, ...reg.diagnostics];
  const lessonSources = pick(lessonFiles!);
  if (!reg.registry) {
    const errorCount = diagnostics.filter((d) => d.severity === "error").length;
    return { ok: false, files: read.sources.length + read.diagnostics.length, lessons: [], diagnostics, errorCount, warningCount: diagnostics.length - errorCount, texts };
  }
  const result = validateLessons(lessonSources, reg.registry, options);
  const all = [...diagnostics, ...result.diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  const errorCount = all.filter((d) => d.severity === "error").length;
  return {
    ok: errorCount === 0, files: read.sources.length + read.diagnostics.length, lessons: result.lessons, diagnostics: all,
    errorCount, warningCount: all.filter((d) => d.severity === "warning").length, registry: reg.registry, texts,
  };
}
