/**
 * The bundled curriculum, compiled at build time from curriculum/: no YAML
 * parser and no file system at run time.
 */
import lessonData from "../generated/lessons.json" with { type: "json" };
import registryData from "../generated/registry.json" with { type: "json" };
import { indexRegistry, type Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";
import { deepFreeze } from "./freeze.js";

/**
 * Every bundled lesson, frozen, in teaching order (age, then id).
 *
 * @example
 * ```ts
 * import { lessons } from "growsafe";
 * console.log(lessons.length, lessons[0]?.title.en);
 * ```
 */
export const lessons: readonly Lesson[] = deepFreeze(lessonData);

/**
 * The bundled registries (topics, frameworks, helplines, school systems) with lookup maps.
 *
 * @example
 * ```ts
 * import { bundledRegistry } from "growsafe";
 * bundledRegistry.helplineById.get("be-child-focus")?.phone; // "116 000"
 * ```
 */
export const bundledRegistry: Registry = indexRegistry(deepFreeze(registryData));
