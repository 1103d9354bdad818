/**
 * growsafe/query: the query API over the light catalog index only (ids, ages,
 * topics, alignments, titles, summaries and search words). It loads no full
 * lesson text, no schema library and no YAML parser, so it starts fast in
 * Node and stays small in a browser bundle. Load a lesson's full text when
 * you need it from `growsafe/lessons/<id>.json` or `<id>.<locale>.json`.
 *
 * @packageDocumentation
 */
import catalogData from "./generated/catalog-index.json" with { type: "json" };
import registryData from "./generated/registry.json" with { type: "json" };
import { deepFreeze } from "./catalog/freeze.js";
import { indexRegistry, type Registry } from "./rules/registry.js";
import { queryEngineOf, type LessonQuery, type LessonSummary, type QueryEngine, type TopicInfo } from "./query/curriculum.js";
import type { QueryEntry } from "./query/entry.js";
import type { ResolvedGrade } from "./query/grades.js";
import type { CoverageReport, PathQuery } from "./query/paths.js";
import type { SchoolSystem } from "./schema/registries.js";

/**
 * The light entries of every bundled lesson, frozen, in teaching order.
 *
 * @example
 * ```ts
 * import { catalog } from "growsafe/query";
 * catalog.filter((e) => e.sensitivity === "low").map((e) => e.id);
 * ```
 */
export const catalog: readonly QueryEntry[] = deepFreeze(catalogData);

/**
 * The bundled registries, with lookup maps.
 *
 * @example
 * ```ts
 * import { registry } from "growsafe/query";
 * registry.topicById.get("grooming")?.minAge; // 9
 * ```
 */
export const registry: Registry = indexRegistry(deepFreeze(registryData));

let engine: QueryEngine | undefined;
const e = (): QueryEngine => (engine ??= queryEngineOf(catalog, registry));

/**
 * Finds lessons, exactly as `findLessons` of the main entry does.
 *
 * @example
 * ```ts
 * import { findLessons } from "growsafe/query";
 * findLessons({ grade: "be-fwb:P6", locale: "fr" });
 * ```
 */
export function findLessons(query: LessonQuery = {}): LessonSummary[] {
  return e().findLessons(query);
}

/**
 * The entries of a topic or strand across ages: prerequisites first, then ages rising.
 *
 * @example
 * ```ts
 * import { learningPath } from "growsafe/query";
 * learningPath({ topic: "grooming" }).map((x) => x.id);
 * ```
 */
export function learningPath(query: PathQuery): QueryEntry[] {
  return e().learningPathEntries(query);
}

/**
 * Framework coverage: for each item and age group, the lessons, and the gaps.
 *
 * @example
 * ```ts
 * import { coverage } from "growsafe/query";
 * coverage({ framework: "unesco-itgse-2018" }).gaps.length;
 * ```
 */
export function coverage(query: { readonly framework: string; readonly locale?: string; readonly kinds?: readonly string[] }): CoverageReport {
  return e().coverage(query);
}

/**
 * Topics with their lesson counts.
 *
 * @example
 * ```ts
 * import { listTopics } from "growsafe/query";
 * listTopics().filter((t) => t.lessonCount === 0);
 * ```
 */
export function listTopics(): TopicInfo[] {
  return e().listTopics();
}

/**
 * The school systems and their grades.
 *
 * @example
 * ```ts
 * import { listSchoolSystems } from "growsafe/query";
 * listSchoolSystems().map((s) => s.id);
 * ```
 */
export function listSchoolSystems(): readonly SchoolSystem[] {
  return registry.schoolSystems;
}

/**
 * A grade's names, ISCED level and typical ages.
 *
 * @example
 * ```ts
 * import { resolveGrade } from "growsafe/query";
 * resolveGrade("fr", "6e")?.ages; // { min: 11, max: 12 }
 * ```
 */
export function resolveGrade(system: string, grade: string): ResolvedGrade | undefined {
  return e().resolveGrade(system, grade);
}

/**
 * The grades of a system whose typical ages include `age`.
 *
 * @example
 * ```ts
 * import { gradesForAge } from "growsafe/query";
 * gradesForAge("us", 10).map((g) => g.code); // ["4", "5"]
 * ```
 */
export function gradesForAge(system: string, age: number): ResolvedGrade[] {
  return e().gradesForAge(system, age);
}

export { QueryError, type LessonQuery, type LessonSummary, type TopicInfo } from "./query/curriculum.js";
export type { QueryEntry } from "./query/entry.js";
export type { ResolvedGrade, GradeRef } from "./query/grades.js";
export type { CoverageReport, CoverageRow, CoverageCell, PathQuery } from "./query/paths.js";
