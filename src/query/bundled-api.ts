/**
 * The query functions over the bundled curriculum, as the main entry exports them.
 */
import type { Lesson } from "../schema/lesson.js";
import type { SchoolSystem } from "../schema/registries.js";
import type { LessonQuery, LessonSummary, TopicInfo } from "./curriculum.js";
import { bundledCurriculum } from "./create.js";
import type { ResolvedGrade } from "./grades.js";
import type { CoverageReport, PathQuery } from "./paths.js";

/**
 * Finds bundled lessons. Results come in teaching order (age, then id).
 * An age or grade query never returns a lesson meant for older pupils.
 *
 * @example
 * ```ts
 * import { findLessons } from "growsafe";
 * findLessons({ age: 10, topics: ["privacy-and-security", "personal-information"], locale: "fr" });
 * findLessons({ grade: "be-fwb:P6", locale: "fr" });
 * findLessons({ alignment: { framework: "unesco-itgse-2018", code: "4.3" } });
 * ```
 */
export function findLessons(query: LessonQuery = {}): LessonSummary[] {
  return bundledCurriculum().findLessons(query);
}

/**
 * One bundled lesson by id; with a locale, only that locale's text (undefined if the lesson is not complete in it).
 *
 * @example
 * ```ts
 * import { getLesson } from "growsafe";
 * getLesson("my-body-belongs-to-me", { locale: "fr" })?.title.fr; // "Mon corps m'appartient"
 * ```
 */
export function getLesson(id: string, options: { readonly locale?: string } = {}): Lesson | undefined {
  return bundledCurriculum().getLesson(id, options);
}

/**
 * Every topic of the taxonomy, with its strand, minimum age and number of bundled lessons.
 *
 * @example
 * ```ts
 * import { listTopics } from "growsafe";
 * listTopics().filter((t) => t.strand === "online-safety").map((t) => t.id);
 * ```
 */
export function listTopics(): TopicInfo[] {
  return bundledCurriculum().listTopics();
}

/**
 * The school systems growsafe knows (be-fwb, be-vl, fr, nl, gb-eng, us, isced) with their grades.
 *
 * @example
 * ```ts
 * import { listSchoolSystems } from "growsafe";
 * listSchoolSystems().map((s) => s.id);
 * ```
 */
export function listSchoolSystems(): readonly SchoolSystem[] {
  return bundledCurriculum().listSchoolSystems();
}

/**
 * Resolves a grade (code or alias, any case) to its names, ISCED level and typical ages.
 *
 * @example
 * ```ts
 * import { resolveGrade } from "growsafe";
 * resolveGrade("be-fwb", "p6")?.ages; // { min: 11, max: 12 }
 * ```
 */
export function resolveGrade(system: string, grade: string): ResolvedGrade | undefined {
  return bundledCurriculum().resolveGrade(system, grade);
}

/**
 * The grades of a system whose typical ages include `age`.
 *
 * @example
 * ```ts
 * import { gradesForAge } from "growsafe";
 * gradesForAge("gb-eng", 10).map((g) => g.code); // ["Y5", "Y6"]
 * ```
 */
export function gradesForAge(system: string, age: number): ResolvedGrade[] {
  return bundledCurriculum().gradesForAge(system, age);
}

/**
 * The bundled lessons of a topic or strand across ages, in teaching order:
 * prerequisites first, then ages rising. The spiral of a topic across the school years.
 *
 * @example
 * ```ts
 * import { learningPath } from "growsafe";
 * learningPath({ topic: "body-autonomy-and-consent", fromAge: 3, toAge: 11 }).map((l) => `${l.ages.min}: ${l.id}`);
 * ```
 */
export function learningPath(query: PathQuery): Lesson[] {
  return bundledCurriculum().learningPath(query);
}

/**
 * Coverage of a framework by the bundled lessons: for each item and age group,
 * the lessons that cover it, and the gaps.
 *
 * @example
 * ```ts
 * import { coverage } from "growsafe";
 * const report = coverage({ framework: "unesco-itgse-2018", kinds: ["topic"] });
 * report.gaps.filter((g) => g.ageGroup === "9-12");
 * ```
 */
export function coverage(query: { readonly framework: string; readonly locale?: string; readonly kinds?: readonly string[] }): CoverageReport {
  return bundledCurriculum().coverage(query);
}
