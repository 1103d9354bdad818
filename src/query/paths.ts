/**
 * Learning paths (the spiral of a topic across the school years) and
 * framework coverage (which items and age groups have lessons, and the gaps).
 */
import { compareLessons } from "../catalog/order.js";
import type { Registry } from "../rules/registry.js";
import type { QueryEntry } from "./entry.js";
import type { StrandId } from "../schema/registries.js";

/** What a learning path follows, and across which ages. */
export interface PathQuery {
  readonly topic?: string;
  readonly strand?: StrandId;
  /** Youngest age of the path. Default: 0. */
  readonly fromAge?: number;
  /** Oldest age of the path. Default: 25. */
  readonly toAge?: number;
}

/**
 * Lessons on a topic or strand whose ages overlap the range, in teaching
 * order: every prerequisite before the lessons that need it, and otherwise
 * ages rising.
 */
export function learningPathOf<T extends Pick<QueryEntry, "id" | "ages" | "topics" | "prerequisites">>(lessons: readonly T[], registry: Registry, query: PathQuery): T[] {
  const from = query.fromAge ?? 0;
  const to = query.toAge ?? 25;
  const chosen = lessons.filter((l) => {
    if (l.ages.max < from || l.ages.min > to) return false;
    if (query.topic !== undefined && !l.topics.includes(query.topic)) return false;
    if (query.strand !== undefined && !l.topics.some((t) => registry.topicById.get(t)?.strand === query.strand)) return false;
    return true;
  });
  const ids = new Set(chosen.map((l) => l.id));
  // Kahn's algorithm, always taking the earliest lesson in teaching order among those ready.
  const waiting = new Map(chosen.map((l) => [l.id, (l.prerequisites ?? []).filter((p) => ids.has(p) && p !== l.id).length]));
  const dependants = new Map<string, T[]>();
  for (const l of chosen) for (const p of l.prerequisites ?? []) if (ids.has(p) && p !== l.id) dependants.set(p, [...(dependants.get(p) ?? []), l]);
  const ready = chosen.filter((l) => waiting.get(l.id) === 0);
  const out: T[] = [];
  while (ready.length > 0) {
    ready.sort(compareLessons);
    const next = ready.shift()!;
    out.push(next);
    for (const d of dependants.get(next.id) ?? []) {
      const n = waiting.get(d.id)! - 1;
      waiting.set(d.id, n);
      if (n === 0) ready.push(d);
    }
  }
  // A cycle (the validator refuses them) would leave lessons out: append them in age order.
  if (out.length < chosen.length) out.push(...chosen.filter((l) => !out.includes(l)).sort(compareLessons));
  return out;
}

/** One framework item in one age group, and the lessons that cover it. */
export interface CoverageCell {
  readonly ageGroup: string;
  readonly lessons: readonly string[];
}

/** One framework item across its age groups. */
export interface CoverageRow {
  readonly code: string;
  readonly kind: string;
  readonly name: string;
  readonly parent?: string;
  readonly cells: readonly CoverageCell[];
}

/** Coverage of a framework by a set of lessons. */
export interface CoverageReport {
  readonly framework: string;
  readonly ageGroups: readonly string[];
  readonly items: readonly CoverageRow[];
  /** Item and age-group pairs that no lesson covers. */
  readonly gaps: readonly { readonly code: string; readonly ageGroup: string }[];
  /** Covered cells over all cells, from 0 to 1. */
  readonly ratio: number;
}

/**
 * The age-group label used for frameworks that have no age groups (DigComp).
 *
 * @example
 * ```ts
 * coverage({ framework: "digcomp-2-2" }).ageGroups; // [ALL_AGES]
 * ```
 */
export const ALL_AGES = "all";

/**
 * For each item of a framework and each of its age groups, the lessons that
 * cover it: aligned to the item (or to a child of it) and for ages that
 * overlap the group.
 */
export function coverageOf(lessons: readonly Pick<QueryEntry, "id" | "ages" | "alignments">[], registry: Registry, frameworkId: string, locale = "en", kinds?: readonly string[]): CoverageReport | undefined {
  const framework = registry.frameworkById.get(frameworkId);
  if (!framework) return undefined;
  const groups = framework.ageGroups.length > 0 ? framework.ageGroups : [{ code: ALL_AGES, min: 0, max: 25 }];
  const items = framework.items.filter((i) => !kinds || kinds.includes(i.kind));
  const rows: CoverageRow[] = [];
  const gaps: { code: string; ageGroup: string }[] = [];
  let cells = 0;
  let covered = 0;
  for (const item of items) {
    const applicable = groups.filter((g) => !item.ageGroups || item.ageGroups.includes(g.code) || g.code === ALL_AGES);
    const row: CoverageCell[] = applicable.map((g) => {
      const ids = lessons
        .filter((l) => l.ages.min <= g.max && g.min <= l.ages.max)
        .filter((l) => l.alignments.some((a) => a.framework === framework.id && (a.code === item.code || a.code.startsWith(`${item.code}.`))))
        .sort(compareLessons)
        .map((l) => l.id);
      cells++;
      if (ids.length > 0) covered++;
      else gaps.push({ code: item.code, ageGroup: g.code });
      return { ageGroup: g.code, lessons: ids };
    });
    rows.push({ code: item.code, kind: item.kind, name: item.name[locale] ?? item.name["en"] ?? item.code, ...(item.parent ? { parent: item.parent } : {}), cells: row });
  }
  return { framework: framework.id, ageGroups: groups.map((g) => g.code), items: rows, gaps, ratio: cells === 0 ? 1 : covered / cells };
}
