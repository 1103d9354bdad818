/**
 * The query API over a set of lessons: by age, grade, strand, topic,
 * framework code, duration, locale, free text and sensitivity.
 *
 * Indexes are built once per curriculum, on first use.
 */
import type { Registry } from "../rules/registry.js";
import type { Lesson, Sensitivity } from "../schema/lesson.js";
import type { StrandId, Topic, SchoolSystem } from "../schema/registries.js";
import type { AgeRange } from "../schema/shared.js";
import { gradesForAgeIn, parseGradeRef, resolveGradeIn, type GradeRef, type ResolvedGrade } from "./grades.js";
import { words } from "./text.js";
import { onlyLocale, pickText } from "../schema/localized.js";
import { searchWords, toQueryEntry, type QueryEntry } from "./entry.js";
import { alignmentKey, buildIndexes, buildTextIndex, intersect, union, type LessonIndexes, type Postings, type TextIndex } from "./indexes.js";
import { coverageOf, learningPathOf, type CoverageReport, type PathQuery } from "./paths.js";

/** A lesson query. Every field is optional; fields combine with AND. */
export interface LessonQuery {
  /** An age in years, or a class's age range (lessons must suit its youngest pupils). */
  readonly age?: number | AgeRange;
  /** A grade: `{ system: "be-fwb", grade: "P6" }` or `"be-fwb:P6"`. */
  readonly grade?: GradeRef;
  readonly strand?: StrandId;
  /** Lessons on any of these topics. */
  readonly topics?: readonly string[];
  /** Lessons on all of these topics. */
  readonly allTopics?: readonly string[];
  /** A framework item; a parent code (ITGSE key concept "4") matches its children ("4.3"). */
  readonly alignment?: { readonly framework: string; readonly code: string };
  readonly maxDuration?: number;
  /** Only lessons complete in this locale; text is returned in it. */
  readonly locale?: string;
  /** Words to find in titles, summaries, objectives and vocabulary (case- and accent-insensitive). */
  readonly text?: string;
  /** Highest sensitivity to return. */
  readonly maxSensitivity?: Sensitivity;
  readonly limit?: number;
  readonly offset?: number;
}

/** What a query returns for each lesson: its query entry's fields, with text in one locale. */
export interface LessonSummary extends Pick<QueryEntry, "id" | "ages" | "durationMinutes" | "topics" | "sensitivity" | "locales" | "alignments"> {
  readonly title: string;
  readonly summary: string;
  readonly locale: string;
  readonly strands: readonly StrandId[];
}

/** A topic with its strand and minimum age, and how many lessons cover it. */
export interface TopicInfo extends Topic {
  readonly lessonCount: number;
}

/** The query functions that need only the light entries of lessons. */
export interface QueryEngine {
  readonly registry: Registry;
  findLessons(query?: LessonQuery): LessonSummary[];
  listTopics(): TopicInfo[];
  listSchoolSystems(): readonly SchoolSystem[];
  resolveGrade(system: string, grade: string): ResolvedGrade | undefined;
  gradesForAge(system: string, age: number): ResolvedGrade[];
  /** For each item and age group of a framework, the lessons that cover it, and the gaps. */
  coverage(query: { readonly framework: string; readonly locale?: string; readonly kinds?: readonly string[] }): CoverageReport;
  /** The entries of a topic or strand across ages, prerequisites first, then ages rising. */
  learningPathEntries(query: PathQuery): QueryEntry[];
}

/** A curriculum with its query API and its full lessons. */
export interface Curriculum extends QueryEngine {
  readonly lessons: readonly Lesson[];
  getLesson(id: string, options?: { readonly locale?: string }): Lesson | undefined;
  /** The lessons of a topic or strand across ages, prerequisites first, then ages rising. */
  learningPath(query: PathQuery): Lesson[];
}

/**
 * A query that names something unknown (a grade, a system) is a usage error.
 *
 * @example
 * ```ts
 * try { findLessons({ grade: "be-fwb:P9" }); } catch (e) { if (e instanceof QueryError) console.log(e.message); }
 * ```
 */
export class QueryError extends Error {
  override readonly name = "QueryError";
}

const SENSITIVITY_RANK: Record<Sensitivity, number> = { low: 0, medium: 1, high: 2 };

/** The light, one-locale view of a lesson that queries return. */
export function summarizeLesson(l: QueryEntry, locale: string, strands: readonly StrandId[]): LessonSummary {
  return {
    id: l.id,
    title: pickText(l.title, locale),
    summary: pickText(l.summary, locale),
    locale: l.locales.includes(locale) ? locale : (l.locales[0] ?? locale),
    ages: l.ages,
    durationMinutes: l.durationMinutes,
    topics: l.topics,
    strands,
    sensitivity: l.sensitivity,
    locales: l.locales,
    alignments: l.alignments,
  };
}

/**
 * The query functions over light entries (no full text needed).
 */
export function queryEngineOf(lessons: readonly QueryEntry[], registry: Registry, textOf?: (entry: QueryEntry, locale: string) => string): QueryEngine {
  let indexes: LessonIndexes | undefined;
  let textIndex: TextIndex | undefined;
  const idx = (): LessonIndexes => (indexes ??= buildIndexes(lessons, registry));
  const text = (): TextIndex => (textIndex ??= buildTextIndex(idx().sorted, textOf));

  // Summaries are immutable: build each (lesson, locale) once, so repeated queries allocate nothing.
  const summaries = new Map<string, (LessonSummary | undefined)[]>();
  const summarize = (ordinal: number, locale: string): LessonSummary => {
    let perLocale = summaries.get(locale);
    if (!perLocale) summaries.set(locale, (perLocale = []));
    return (perLocale[ordinal] ??= Object.freeze(summarizeLesson(idx().sorted[ordinal]!, locale, idx().strandsOf[ordinal] ?? [])));
  };

  const ageFloor = (q: LessonQuery): number | undefined => {
    if (q.grade !== undefined) {
      const ref = parseGradeRef(q.grade);
      const g = ref && resolveGradeIn(registry, ref.system, ref.grade);
      if (!g) throw new QueryError(`Unknown grade ${typeof q.grade === "string" ? q.grade : `${q.grade.system}:${q.grade.grade}`}`);
      return g.ages.min;
    }
    if (q.age === undefined) return undefined;
    return typeof q.age === "number" ? q.age : q.age.min;
  };

  /** Lessons whose text in `locale` has a word starting with each query word. */
  const textPostings = (needle: readonly string[], locale: string): Postings[] => {
    const perLocale = text().get(locale) ?? new Map<string, Postings>();
    return needle.map((w) => {
      const exact = perLocale.get(w);
      const prefixed: Postings[] = exact ? [exact] : [];
      for (const [word, list] of perLocale) if (word !== w && word.startsWith(w)) prefixed.push(list);
      return prefixed.length === 0 ? [] : union(prefixed);
    });
  };

  return {
    registry,
    findLessons(query: LessonQuery = {}): LessonSummary[] {
      const ix = idx();
      // Safety rule: a lesson is returned for an age (or the youngest pupils of a grade
      // or an age range) only if that age is within its range, never one meant for older pupils.
      const floor = ageFloor(query);
      const locale = query.locale ?? "en";
      const lists: Postings[] = [];
      if (floor !== undefined) lists.push(ix.byAge.get(floor) ?? []);
      if (query.strand) lists.push(ix.byStrand.get(query.strand) ?? []);
      if (query.topics?.length) lists.push(union(query.topics.map((t) => ix.byTopic.get(t) ?? [])));
      for (const t of query.allTopics ?? []) lists.push(ix.byTopic.get(t) ?? []);
      if (query.alignment) lists.push(ix.byAlignment.get(alignmentKey(query.alignment.framework, query.alignment.code)) ?? []);
      if (query.locale !== undefined) lists.push(ix.byLocale.get(query.locale) ?? []);
      const needle = query.text ? words(query.text) : [];
      if (needle.length > 0) lists.push(...textPostings(needle, locale));
      const candidates: Postings = lists.length > 0 ? intersect(lists) : ix.sorted.map((_, i) => i);
      // Filters without an index are cheap checks on the candidates.
      const maxRank = query.maxSensitivity ? SENSITIVITY_RANK[query.maxSensitivity] : Infinity;
      const out: LessonSummary[] = [];
      const offset = query.offset ?? 0;
      const limit = query.limit ?? Infinity;
      let skipped = 0;
      for (const ordinal of candidates) {
        const l = ix.sorted[ordinal]!;
        if (query.maxDuration !== undefined && l.durationMinutes > query.maxDuration) continue;
        if (SENSITIVITY_RANK[l.sensitivity] > maxRank) continue;
        if (skipped < offset) {
          skipped++;
          continue;
        }
        if (out.length >= limit) break;
        out.push(summarize(ordinal, locale));
      }
      return out;
    },
    listTopics() {
      const { byTopic } = idx();
      return registry.topics.map((t) => ({ ...t, lessonCount: byTopic.get(t.id)?.length ?? 0 }));
    },
    listSchoolSystems: () => registry.schoolSystems,
    resolveGrade: (system, grade) => resolveGradeIn(registry, system, grade),
    gradesForAge: (system, age) => gradesForAgeIn(registry, system, age),
    learningPathEntries: (query) => learningPathOf(idx().sorted, registry, query),
    coverage(query) {
      const report = coverageOf(idx().sorted, registry, query.framework, query.locale, query.kinds);
      if (!report) throw new QueryError(`Unknown framework ${query.framework}; known: ${registry.frameworks.map((f) => f.id).join(", ")}`);
      return report;
    },
  };
}

/**
 * Creates the query API over a list of lessons and a registry.
 * Use {@link createCurriculum} from the main entry for validated designer lessons.
 */
export function curriculumOf(lessons: readonly Lesson[], registry: Registry): Curriculum {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  let engine: QueryEngine | undefined;
  // Entries without search words: the text index reads them from the full lessons, only if a text query comes.
  const e = (): QueryEngine => (engine ??= queryEngineOf(lessons.map((l) => toQueryEntry(l, false)), registry, (entry, locale) => searchWords(byId.get(entry.id)!, locale)));
  return {
    lessons,
    registry,
    findLessons: (query) => e().findLessons(query),
    listTopics: () => e().listTopics(),
    listSchoolSystems: () => registry.schoolSystems,
    resolveGrade: (system, grade) => resolveGradeIn(registry, system, grade),
    gradesForAge: (system, age) => gradesForAgeIn(registry, system, age),
    coverage: (query) => e().coverage(query),
    learningPathEntries: (query) => e().learningPathEntries(query),
    learningPath: (query) => e().learningPathEntries(query).map((entry) => byId.get(entry.id)!),
    getLesson(id, options = {}) {
      const l = byId.get(id);
      if (!l || options.locale === undefined) return l;
      return l.locales.includes(options.locale) ? onlyLocale(l, options.locale) : undefined;
    },
  };
}

export { pickText };
