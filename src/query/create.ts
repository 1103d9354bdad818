/**
 * The query API over the bundled curriculum, and over a designer's own lessons.
 */
import { bundledRegistry, lessons as bundledLessons } from "../catalog/bundled.js";
import { renderMessage } from "../diagnostics/messages.js";
import { rulesByCode } from "../diagnostics/rules.js";
import { checkCatalog } from "../rules/catalog-rules.js";
import { runLessonRules } from "../validate/validate.js";
import { lessonSchema, type Lesson } from "../schema/lesson.js";
import { curriculumOf, type Curriculum } from "./curriculum.js";

/**
 * A lesson given to {@link createCurriculum} is invalid.
 *
 * @example
 * ```ts
 * try { createCurriculum([draft]); } catch (e) { if (e instanceof CurriculumError) console.log(e.problems); }
 * ```
 */
export class CurriculumError extends Error {
  override readonly name = "CurriculumError";
  constructor(readonly problems: readonly { readonly lesson: string; readonly code: string; readonly path: string; readonly message: string }[]) {
    super(`Invalid lessons:\n${problems.map((p) => `  ${p.lesson} ${p.path}: ${p.message} [${p.code}]`).join("\n")}`);
  }
}

/** Options of {@link createCurriculum}. */
export interface CreateCurriculumOptions {
  /** Merge with the bundled lessons (ids may not collide). Default: false. */
  readonly includeBundled?: boolean;
}

/**
 * The query API over your own lessons (plain objects, e.g. parsed from your
 * YAML or JSON), validated like bundled ones, alone or with the bundled lessons.
 *
 * @throws CurriculumError listing every problem when a lesson is invalid.
 * @example
 * ```ts
 * import { createCurriculum } from "growsafe";
 * const mine = createCurriculum([myLesson], { includeBundled: true });
 * mine.findLessons({ age: 10, topics: ["privacy-and-security"] });
 * ```
 */
export function createCurriculum(inputs: readonly unknown[], options: CreateCurriculumOptions = {}): Curriculum {
  const problems: { lesson: string; code: string; path: string; message: string }[] = [];
  const valid: Lesson[] = [];
  inputs.forEach((input, i) => {
    const name = typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "string" ? (input as { id: string }).id : `#${i}`;
    const result = lessonSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ lesson: name, code: `schema/${issue.code}`, path: issue.path.join("."), message: issue.message });
      return;
    }
    // Objects have no file name, so the file-name rule does not apply (no basename given).
    for (const p of runLessonRules(result.data as unknown as Record<string, unknown>, bundledRegistry, undefined)) {
      problems.push({ lesson: name, code: p.code, path: p.path.join("."), message: renderMessage(p.code, p.args ?? {}).message });
    }
    valid.push(result.data);
  });
  const external = options.includeBundled ? bundledLessons : [];
  const refs = valid.map((l, file) => ({ file, id: l.id, minAge: l.ages.min, prerequisites: l.prerequisites ?? [] }));
  for (const p of checkCatalog(refs, external.map((l) => ({ file: -1, id: l.id, minAge: l.ages.min, prerequisites: l.prerequisites ?? [] })))) {
    problems.push({ lesson: valid[p.file]!.id, code: p.code, path: p.path.join("."), message: renderMessage(p.code, p.args ?? {}).message });
  }
  // Warnings (e.g. alignment ages) do not stop a curriculum; errors do.
  const errors = problems.filter((p) => rulesByCode.get(p.code)?.severity !== "warning");
  if (errors.length > 0) throw new CurriculumError(errors);
  return curriculumOf([...external, ...valid], bundledRegistry);
}

/** The bundled curriculum's query API, created on first use. */
let bundled: Curriculum | undefined;
/** @internal */
export const bundledCurriculum = (): Curriculum => (bundled ??= curriculumOf(bundledLessons, bundledRegistry));
