/**
 * Indexes over a set of lessons, built once and lazily. Each index maps a key
 * to the ordinals of the lessons that have it, in teaching order, so that a
 * query starts from its most selective list and merges sorted integer arrays
 * instead of scanning every lesson.
 *
 * The text index is built separately, on the first text query: most apps
 * never search text, and it is the largest index.
 */
import { compareLessons } from "../catalog/order.js";
import type { Registry } from "../rules/registry.js";
import type { QueryEntry } from "./entry.js";
import type { StrandId } from "../schema/registries.js";
import { words } from "./text.js";

/** Ordinals (positions in teaching order), ascending. */
export type Postings = readonly number[];

/** The structural indexes of a curriculum. */
export interface LessonIndexes {
  /** Lessons in teaching order; an ordinal is a position here. */
  readonly sorted: readonly QueryEntry[];
  readonly byId: ReadonlyMap<string, number>;
  /** Age (whole years) to lessons whose range includes it. */
  readonly byAge: ReadonlyMap<number, Postings>;
  readonly byTopic: ReadonlyMap<string, Postings>;
  readonly byStrand: ReadonlyMap<StrandId, Postings>;
  /** `framework\u0000code` to lessons aligned to that code or to a child of it. */
  readonly byAlignment: ReadonlyMap<string, Postings>;
  readonly byLocale: ReadonlyMap<string, Postings>;
  readonly strandsOf: readonly (readonly StrandId[])[];
}

/** Per locale, a folded word to the lessons whose searchable text holds it. */
export type TextIndex = ReadonlyMap<string, ReadonlyMap<string, Postings>>;

const push = <K>(map: Map<K, number[]>, key: K, ordinal: number): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ordinal]);
  else if (list[list.length - 1] !== ordinal) list.push(ordinal);
};

/** Codes an alignment answers to: itself and each parent prefix ("4.3" → "4", "4.3"). */
function alignmentKeys(framework: string, code: string): string[] {
  const keys = [`${framework}\u0000${code.toLowerCase()}`];
  const parts = code.toLowerCase().split(".");
  for (let i = 1; i < parts.length; i++) keys.push(`${framework}\u0000${parts.slice(0, i).join(".")}`);
  return keys;
}

/** The alignment index key of a query. */
export const alignmentKey = (framework: string, code: string): string => `${framework}\u0000${code.toLowerCase()}`;

/** Builds the structural indexes. Ordinals follow teaching order, so every postings list is sorted. */
export function buildIndexes(lessons: readonly QueryEntry[], registry: Registry): LessonIndexes {
  const sorted = [...lessons].sort(compareLessons);
  const byAge = new Map<number, number[]>();
  const byTopic = new Map<string, number[]>();
  const byStrand = new Map<StrandId, number[]>();
  const byAlignment = new Map<string, number[]>();
  const byLocale = new Map<string, number[]>();
  const strandsOf: StrandId[][] = [];
  sorted.forEach((l, i) => {
    for (let age = l.ages.min; age <= l.ages.max; age++) push(byAge, age, i);
    const strands = new Set<StrandId>();
    for (const t of l.topics) {
      push(byTopic, t, i);
      const s = registry.topicById.get(t)?.strand;
      if (s) strands.add(s);
    }
    for (const s of strands) push(byStrand, s, i);
    strandsOf.push([...strands]);
    for (const a of l.alignments) for (const k of alignmentKeys(a.framework, a.code)) push(byAlignment, k, i);
    for (const loc of l.locales) push(byLocale, loc, i);
  });
  return { sorted, byId: new Map(sorted.map((l, i) => [l.id, i])), byAge, byTopic, byStrand, byAlignment, byLocale, strandsOf };
}

/** Builds the inverted text index, per locale; `textOf` gives an entry's search words. */
export function buildTextIndex(sorted: readonly QueryEntry[], textOf: (entry: QueryEntry, locale: string) => string = (e, loc) => e.searchText?.[loc] ?? ""): TextIndex {
  const index = new Map<string, Map<string, number[]>>();
  sorted.forEach((l, i) => {
    for (const locale of l.locales) {
      let perLocale = index.get(locale);
      if (!perLocale) index.set(locale, (perLocale = new Map()));
      for (const w of new Set(words(textOf(l, locale)))) push(perLocale, w, i);
    }
  });
  return index;
}

/** First index in `list` at or after `from` whose value is ≥ `x` (galloping, then binary search). */
function seek(list: Postings, x: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < list.length && list[hi]! < x) {
    hi += step;
    step *= 2;
  }
  let lo = Math.max(from, hi - step / 2);
  hi = Math.min(hi, list.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Intersection of sorted postings: walks the shortest list and gallops through the others. */
export function intersect(lists: readonly Postings[]): number[] {
  if (lists.length === 0) return [];
  const ordered = [...lists].sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = ordered as [Postings, ...Postings[]];
  if (rest.length === 0) return [...shortest];
  const cursors = rest.map(() => 0);
  const out: number[] = [];
  outer: for (const x of shortest) {
    for (let k = 0; k < rest.length; k++) {
      const list = rest[k]!;
      const at = seek(list, x, cursors[k]!);
      cursors[k] = at;
      if (at >= list.length) break outer;
      if (list[at] !== x) continue outer;
    }
    out.push(x);
  }
  return out;
}

/** Union of sorted postings, sorted and without duplicates. */
export function union(lists: readonly Postings[]): number[] {
  if (lists.length === 1) return [...lists[0]!];
  const seen = new Set<number>();
  for (const list of lists) for (const x of list) seen.add(x);
  return [...seen].sort((a, b) => a - b);
}
