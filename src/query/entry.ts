/**
 * What queries need of a lesson, and nothing more: ids, ages, topics,
 * alignments, languages and the words to search. The full text stays apart,
 * so that an app can query the whole catalog without loading it.
 */
import type { Lesson, Sensitivity } from "../schema/lesson.js";
import type { AgeRange, LocalizedText } from "../schema/shared.js";
import { words } from "./text.js";

/** The light, query-only view of a lesson. */
export interface QueryEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly ages: AgeRange;
  readonly durationMinutes: number;
  readonly locales: readonly string[];
  readonly topics: readonly string[];
  readonly sensitivity: Sensitivity;
  readonly alignments: readonly { readonly framework: string; readonly code: string; readonly fit?: "full" | "partial" | undefined }[];
  readonly prerequisites: readonly string[];
  /**
   * Per locale, the distinct folded words of the title, summary, objectives and
   * vocabulary. Absent when the full lesson is at hand to compute it from.
   */
  readonly searchText?: Readonly<Record<string, string>>;
}

/** The searchable text of a lesson in one locale: title, summary, objectives and vocabulary. */
export function searchableText(l: Lesson, locale: string): string {
  const parts = [l.title, l.summary, ...l.objectives.map((o) => o.text), ...l.vocabulary.flatMap((v) => [v.term, v.definition])];
  return parts.map((p) => p[locale] ?? "").join(" ");
}

/** The distinct folded words of a lesson in one locale, as one string. */
export function searchWords(l: Lesson, locale: string): string {
  return [...new Set(words(searchableText(l, locale)))].join(" ");
}

/**
 * The query entry of a lesson. `withText` adds the search words (for the
 * shipped light index); without it, entries stay small and the text index is
 * built from the full lessons when a text query first needs it.
 *
 * @example
 * ```ts
 * const entry = toQueryEntry(lessons[0]!);
 * entry.sensitivity; // "high"
 * ```
 */
export function toQueryEntry(l: Lesson, withText = true): QueryEntry {
  return {
    id: l.id, title: l.title, summary: l.summary, ages: l.ages, durationMinutes: l.durationMinutes, locales: l.locales, topics: l.topics,
    sensitivity: l.safeguarding.sensitivity,
    alignments: l.alignments.map((a) => (a.fit ? { framework: a.framework, code: a.code, fit: a.fit } : { framework: a.framework, code: a.code })),
    prerequisites: l.prerequisites ?? [],
    // Distinct folded words, not the prose: the index only needs to match words, and this keeps it small.
    ...(withText ? { searchText: Object.fromEntries(l.locales.map((loc) => [loc, searchWords(l, loc)])) } : {}),
  };
}
