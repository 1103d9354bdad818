/**
 * Rules across lessons: unique ids, prerequisites that exist, form no cycle
 * and are not meant for older pupils.
 */
import { closest } from "../diagnostics/suggest.js";
import type { RawProblem } from "../diagnostics/types.js";

/** What a cross-lesson rule needs to know of one lesson. */
export interface LessonRef {
  /** Index of the file in the run, to attach problems to. */
  readonly file: number;
  readonly id: string;
  readonly minAge: number | undefined;
  readonly prerequisites: readonly string[];
}

/** A problem for one file of the run. */
export interface FileProblem extends RawProblem {
  readonly file: number;
}

/**
 * Checks ids and prerequisites across every lesson of a run.
 * `external` lessons (the bundled ones, with --with-bundled) may be pointed at but get no problems.
 *
 * @example
 * ```ts
 * checkCatalog([{ file: 0, id: "a", minAge: 5, prerequisites: ["a"] }], []);
 * // [{ file: 0, code: "lesson/prerequisite-cycle", … }]
 * ```
 */
export function checkCatalog(lessons: readonly LessonRef[], external: readonly LessonRef[], fileNames: readonly string[] = []): FileProblem[] {
  const problems: FileProblem[] = [];
  const byId = new Map<string, LessonRef>();
  for (const ext of external) byId.set(ext.id, ext);
  for (const lesson of lessons) {
    const other = byId.get(lesson.id);
    if (other) {
      const where = other.file < 0 ? "a bundled lesson" : (fileNames[other.file] ?? `file #${other.file}`);
      problems.push({ file: lesson.file, code: "lesson/duplicate-id", path: ["id"], args: { id: lesson.id, other: where } });
    } else byId.set(lesson.id, lesson);
  }
  for (const lesson of lessons) {
    lesson.prerequisites.forEach((pre, i) => {
      const target = byId.get(pre);
      if (!target) {
        const suggested = closest(pre, byId.keys());
        problems.push({ file: lesson.file, code: "lesson/unknown-prerequisite", path: ["prerequisites", i], args: suggested ? { id: pre, suggested } : { id: pre } });
      } else if (lesson.minAge !== undefined && target.minAge !== undefined && target.minAge > lesson.minAge) {
        problems.push({ file: lesson.file, code: "lesson/prerequisite-older", path: ["prerequisites", i], args: { id: pre, prereqMin: target.minAge, min: lesson.minAge } });
      }
    });
  }
  for (const cycle of findCycles(byId)) {
    const first = byId.get(cycle[0]!)!;
    if (first.file < 0) continue;
    const index = first.prerequisites.indexOf(cycle[1] ?? cycle[0]!);
    problems.push({ file: first.file, code: "lesson/prerequisite-cycle", path: ["prerequisites", Math.max(index, 0)], args: { cycle: [...cycle, cycle[0]].join(" → ") } });
  }
  return problems;
}

/** Each prerequisite cycle once, as the list of ids starting from its smallest id. */
export function findCycles(byId: ReadonlyMap<string, LessonRef>): string[][] {
  const state = new Map<string, "active" | "done">();
  const cycles = new Map<string, string[]>();
  for (const start of [...byId.keys()].sort()) {
    if (state.has(start)) continue;
    // Iterative depth-first search, so that long chains cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    const onPath: string[] = [start];
    state.set(start, "active");
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const prereqs = byId.get(top.id)?.prerequisites ?? [];
      if (top.next >= prereqs.length) {
        state.set(top.id, "done");
        stack.pop();
        onPath.pop();
        continue;
      }
      const next = prereqs[top.next++]!;
      if (!byId.has(next)) continue;
      const s = state.get(next);
      if (s === "active") {
        const cycle = onPath.slice(onPath.indexOf(next));
        const minAt = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(minAt), ...cycle.slice(0, minAt)];
        cycles.set(rotated.join("\u0000"), rotated);
      } else if (s === undefined) {
        state.set(next, "active");
        stack.push({ id: next, next: 0 });
        onPath.push(next);
      }
    }
  }
  return [...cycles.values()];
}
