/**
 * The query API over a set of lessons: by age, grade, strand, topic,
 * framework code, duration, locale, free text and sensitivity.
 *
 * Indexes are built once per curriculum, on first use.
 */
import { compareLessons } from "../catalog/order.js";
import type { Registry } from "../rules/registry.js";
import type { Lesson, Sensitivity } from "../schema/lesson.js";
import type { StrandId, Topic, SchoolSystem } from "../schema/registries.js";
import type { AgeRange, LocalizedText } from "../schema/shared.js";
import { gradesForAgeIn, parseGradeRef, resolveGradeIn, type GradeRef, type ResolvedGrade } from "./grades.js";
import { fold, words } from "./text.js";
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

/** What a query returns for each lesson: light, in one locale. */
export interface LessonSummary {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly locale: string;
  readonly ages: AgeRange;
  readonly durationMinutes: number;
  readonly topics: readonly string[];
  readonly strands: readonly StrandId[];
  readonly sensitivity: Sensitivity;
  readonly locales: readonly string[];
  readonly alignments: readonly { readonly framework: string; readonly code: string }[];
}

/** A topic with its strand and minimum age, and how many lessons cover it. */
export interface TopicInfo extends Topic {
  readonly lessonCount: number;
}

/** A curriculum with its query API. */
export interface Curriculum {
  readonly lessons: readonly Lesson[];
  readonly registry: Registry;
  findLessons(query?: LessonQuery): LessonSummary[];
  getLesson(id: string, options?: { readonly locale?: string }): Lesson | undefined;
  listTopics(): TopicInfo[];
  listSchoolSystems(): readonly SchoolSystem[];
  resolveGrade(system: string, grade: string): ResolvedGrade | undefined;
  gradesForAge(system: string, age: number): ResolvedGrade[];
  /** The lessons of a topic or strand across ages, prerequisites first, then ages rising. */
  learningPath(query: PathQuery): Lesson[];
  /** For each item and age group of a framework, the lessons that cover it, and the gaps. */
  coverage(query: { readonly framework: string; readonly locale?: string; readonly kinds?: readonly string[] }): CoverageReport;
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

/**
 * Picks the text of a locale, falling back to English, then to the first there is.
 *
 * @example
 * ```ts
 * pickText({ en: "Hello", fr: "Bonjour" }, "fr"); // "Bonjour"
 * ```
 */
export function pickText(text: LocalizedText, locale: string): string {
  return text[locale] ?? text["en"] ?? Object.values(text)[0] ?? "";
}

/** Keeps only one locale in every localized text of a value. */
function onlyLocale<T>(value: T, locale: string): T {
  if (Array.isArray(value)) return value.map((v) => onlyLocale(v, locale)) as T;
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const localized = entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(k) && typeof v === "string");
  if (localized) return (locale in value ? { [locale]: (value as Record<string, string>)[locale] } : value) as T;
  return Object.fromEntries(entries.map(([k, v]) => [k, onlyLocale(v, locale)])) as T;
}

interface Indexes {
  readonly sorted: readonly Lesson[];
  readonly byId: ReadonlyMap<string, Lesson>;
  readonly byTopic: ReadonlyMap<string, ReadonlySet<Lesson>>;
  readonly strandsOf: ReadonlyMap<Lesson, readonly StrandId[]>;
  /** Folded words per lesson and locale. */
  readonly textOf: ReadonlyMap<Lesson, ReadonlyMap<string, string>>;
}

function buildIndexes(lessons: readonly Lesson[], registry: Registry): Indexes {
  const sorted = [...lessons].sort(compareLessons);
  const byTopic = new Map<string, Set<Lesson>>();
  const strandsOf = new Map<Lesson, StrandId[]>();
  const textOf = new Map<Lesson, Map<string, string>>();
  for (const l of sorted) {
    for (const t of l.topics) {
      if (!byTopic.has(t)) byTopic.set(t, new Set());
      byTopic.get(t)!.add(l);
    }
    strandsOf.set(l, [...new Set(l.topics.flatMap((t) => registry.topicById.get(t)?.strand ?? []))]);
    const perLocale = new Map<string, string>();
    for (const locale of l.locales) {
      const parts = [l.title, l.summary, ...l.objectives.map((o) => o.text), ...l.vocabulary.flatMap((v) => [v.term, v.definition])];
      perLocale.set(locale, ` ${words(parts.map((p) => p[locale] ?? "").join(" ")).join(" ")} `);
    }
    textOf.set(l, perLocale);
  }
  return { sorted, byId: new Map(sorted.map((l) => [l.id, l])), byTopic, strandsOf, textOf };
}

/**
 * Creates the query API over a list of lessons and a registry.
 * Use {@link createCurriculum} from the main entry for validated designer lessons.
 */
export function curriculumOf(lessons: readonly Lesson[], registry: Registry): Curriculum {
  let indexes: Indexes | undefined;
  const idx = (): Indexes => (indexes ??= buildIndexes(lessons, registry));

  const summarize = (l: Lesson, locale: string): LessonSummary => ({
    id: l.id,
    title: pickText(l.title, locale),
    summary: pickText(l.summary, locale),
    locale: l.locales.includes(locale) ? locale : (l.locales[0] ?? locale),
    ages: l.ages,
    durationMinutes: l.durationMinutes,
    topics: l.topics,
    strands: idx().strandsOf.get(l) ?? [],
    sensitivity: l.safeguarding.sensitivity,
    locales: l.locales,
    alignments: l.alignments.map((a) => ({ framework: a.framework, code: a.code })),
  });

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

  return {
    lessons,
    registry,
    findLessons(query: LessonQuery = {}): LessonSummary[] {
      const { sorted, byTopic, strandsOf, textOf } = idx();
      // Safety rule: a lesson is returned for an age (or the lower bound of a grade
      // or range) only if that age is within its range: never one meant for older pupils.
      const floor = ageFloor(query);
      const topicSets = query.topics?.length ? query.topics.map((t) => byTopic.get(t)) : undefined;
      const needle = query.text ? words(query.text) : [];
      const locale = query.locale ?? "en";
      const out: LessonSummary[] = [];
      const offset = query.offset ?? 0;
      const limit = query.limit ?? Infinity;
      let skipped = 0;
      for (const l of sorted) {
        if (floor !== undefined && !(l.ages.min <= floor && floor <= l.ages.max)) continue;
        if (query.strand && !strandsOf.get(l)?.includes(query.strand)) continue;
        if (topicSets && !topicSets.some((s) => s?.has(l))) continue;
        if (query.allTopics && !query.allTopics.every((t) => l.topics.includes(t))) continue;
        if (query.alignment && !l.alignments.some((a) => matchesAlignment(a, query.alignment!))) continue;
        if (query.maxDuration !== undefined && l.durationMinutes > query.maxDuration) continue;
        if (query.locale !== undefined && !l.locales.includes(query.locale)) continue;
        if (query.maxSensitivity && SENSITIVITY_RANK[l.safeguarding.sensitivity] > SENSITIVITY_RANK[query.maxSensitivity]) continue;
        if (needle.length > 0) {
          const hay = textOf.get(l)?.get(l.locales.includes(locale) ? locale : (l.locales[0] ?? "en")) ?? "";
          if (!needle.every((w) => hay.includes(w))) continue;
        }
        if (skipped < offset) {
          skipped++;
          continue;
        }
        out.push(summarize(l, locale));
        if (out.length >= limit) break;
      }
      return out;
    },
    getLesson(id, options = {}) {
      const l = idx().byId.get(id);
      if (!l || options.locale === undefined) return l;
      return l.locales.includes(options.locale) ? onlyLocale(l, options.locale) : undefined;
    },
    listTopics() {
      const { byTopic } = idx();
      return registry.topics.map((t) => ({ ...t, lessonCount: byTopic.get(t.id)?.size ?? 0 }));
    },
    listSchoolSystems: () => registry.schoolSystems,
    resolveGrade: (system, grade) => resolveGradeIn(registry, system, grade),
    gradesForAge: (system, age) => gradesForAgeIn(registry, system, age),
    learningPath: (query) => learningPathOf(idx().sorted, registry, query),
    coverage(query) {
      const report = coverageOf(idx().sorted, registry, query.framework, query.locale, query.kinds);
      if (!report) throw new QueryError(`Unknown framework ${query.framework}; known: ${registry.frameworks.map((f) => f.id).join(", ")}`);
      return report;
    },
  };
}

/** An alignment matches a query code exactly, or as a child of it ("4" matches "4.3"). */
function matchesAlignment(a: { framework: string; code: string }, q: { framework: string; code: string }): boolean {
  if (a.framework !== q.framework) return false;
  return fold(a.code) === fold(q.code) || fold(a.code).startsWith(`${fold(q.code)}.`);
}
