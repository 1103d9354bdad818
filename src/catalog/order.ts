/**
 * The one teaching order of lessons: youngest first, then the narrower
 * range, then id. Deterministic, so that queries and builds are stable.
 */
import type { Lesson } from "../schema/lesson.js";

/**
 * Compares two lessons in teaching order.
 *
 * @example
 * ```ts
 * [...lessons].sort(compareLessons);
 * ```
 */
export function compareLessons(a: Pick<Lesson, "id" | "ages">, b: Pick<Lesson, "id" | "ages">): number {
  return a.ages.min - b.ages.min || a.ages.max - b.ages.max || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
