/**
 * Validation against the bundled registries, for the browser-safe entry.
 */
import type { Lesson } from "../schema/lesson.js";
import { validateLessons, type SourceFile, type ValidateOptions, type ValidationResult } from "../validate/validate.js";
import { bundledRegistry, lessons } from "./bundled.js";

/** Options of {@link validateText}. */
export interface ValidateTextOptions extends Omit<ValidateOptions, "external"> {
  /** Shown in diagnostics. Default: `lesson.yaml`. */
  readonly filename?: string;
  /** Check with the bundled lessons: prerequisites may point at them; ids may not collide. Default: false. */
  readonly withBundled?: boolean;
}

const externalFor = (withBundled: boolean | undefined): readonly Lesson[] => (withBundled ? lessons : []);

/**
 * Validates the text of one lesson file. Never throws on bad content.
 *
 * @example
 * ```ts
 * import { validateText } from "growsafe";
 * const result = validateText(yamlText, { filename: "my-lesson.yaml" });
 * for (const d of result.diagnostics) console.log(`${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
 * ```
 */
export function validateText(text: string, options: ValidateTextOptions = {}): ValidationResult {
  const { filename, withBundled, ...rest } = options;
  // Without a real file name there is no name to compare the id with.
  return validateLessons([{ filename: filename ?? "lesson.yaml", text }], bundledRegistry, {
    checkFilename: filename !== undefined, ...rest, external: externalFor(withBundled),
  });
}

/**
 * Validates several lesson texts together (ids and prerequisites across them).
 *
 * @example
 * ```ts
 * const result = validateSources([{ filename: "a.yaml", text: a }, { filename: "b.yaml", text: b }]);
 * result.ok; // false when any file has an error
 * ```
 */
export function validateSources(sources: readonly SourceFile[], options: Omit<ValidateTextOptions, "filename"> = {}): ValidationResult {
  const { withBundled, ...rest } = options;
  return validateLessons(sources, bundledRegistry, { ...rest, external: externalFor(withBundled) });
}
