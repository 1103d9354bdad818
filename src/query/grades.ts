/**
 * School grades: from a grade in any supported system to typical ages, and back.
 */
import type { Registry } from "../rules/registry.js";
import type { AgeRange } from "../schema/shared.js";

/** A grade resolved in its system. */
export interface ResolvedGrade {
  readonly system: string;
  readonly code: string;
  /** Local name, e.g. "6e primaire". */
  readonly name: string;
  /** English gloss. */
  readonly gloss: string;
  readonly stage: string;
  readonly isced: number;
  /** Typical ages of pupils during the year. */
  readonly ages: AgeRange;
}

/** A grade named by system and code, or as the string `"be-fwb:P6"`. */
export type GradeRef = { readonly system: string; readonly grade: string } | string;

const norm = (s: string): string => s.trim().toLowerCase();

/**
 * Splits `"be-fwb:P6"` into system and grade.
 *
 * @example
 * ```ts
 * parseGradeRef("be-fwb:P6"); // { system: "be-fwb", grade: "P6" }
 * ```
 */
export function parseGradeRef(ref: GradeRef): { system: string; grade: string } | undefined {
  if (typeof ref !== "string") return ref;
  const at = ref.indexOf(":");
  return at > 0 ? { system: ref.slice(0, at), grade: ref.slice(at + 1) } : undefined;
}

/** Resolves a grade code or alias (case-insensitive) in a registry. */
export function resolveGradeIn(registry: Registry, systemId: string, grade: string): ResolvedGrade | undefined {
  const system = registry.schoolSystemById.get(norm(systemId));
  if (!system) return undefined;
  const g = norm(grade);
  const found = system.grades.find((x) => norm(x.code) === g) ?? system.grades.find((x) => x.aliases?.some((a) => norm(a) === g));
  return found && { system: system.id, code: found.code, name: found.name, gloss: found.gloss, stage: found.stage, isced: found.isced, ages: found.ages };
}

/** Grades of a system whose typical ages include `age`. */
export function gradesForAgeIn(registry: Registry, systemId: string, age: number): ResolvedGrade[] {
  const system = registry.schoolSystemById.get(norm(systemId));
  if (!system) return [];
  return system.grades
    .filter((g) => g.ages.min <= age && age <= g.ages.max)
    .map((g) => ({ system: system.id, code: g.code, name: g.name, gloss: g.gloss, stage: g.stage, isced: g.isced, ages: g.ages }));
}
