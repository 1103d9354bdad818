/**
 * The registries a lesson is checked against, with lookup maps built once.
 */
import type { Framework, FrameworkItem, Helpline, SchoolSystem, Strand, Topic } from "../schema/registries.js";

/** The plain registry data, as compiled into the package. */
export interface RegistryData {
  readonly strands: readonly Strand[];
  readonly topics: readonly Topic[];
  readonly frameworks: readonly Framework[];
  readonly helplines: readonly Helpline[];
  readonly schoolSystems: readonly SchoolSystem[];
}

/** Registry data with lookup maps. */
export interface Registry extends RegistryData {
  readonly topicById: ReadonlyMap<string, Topic>;
  readonly frameworkById: ReadonlyMap<string, Framework>;
  readonly frameworkItems: ReadonlyMap<string, ReadonlyMap<string, FrameworkItem>>;
  readonly helplineById: ReadonlyMap<string, Helpline>;
  readonly schoolSystemById: ReadonlyMap<string, SchoolSystem>;
}

/**
 * Builds the lookup maps of a registry.
 *
 * @example
 * ```ts
 * const registry = indexRegistry({ strands: [], topics: [], frameworks: [], helplines: [], schoolSystems: [] });
 * registry.topicById.size; // 0
 * ```
 */
export function indexRegistry(data: RegistryData): Registry {
  return {
    ...data,
    topicById: new Map(data.topics.map((t) => [t.id, t])),
    frameworkById: new Map(data.frameworks.map((f) => [f.id, f])),
    frameworkItems: new Map(data.frameworks.map((f) => [f.id, new Map(f.items.map((i) => [i.code, i]))])),
    helplineById: new Map(data.helplines.map((h) => [h.id, h])),
    schoolSystemById: new Map(data.schoolSystems.map((s) => [s.id, s])),
  };
}
