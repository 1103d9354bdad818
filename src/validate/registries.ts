/**
 * Validates the registries under curriculum/ (topics, frameworks, helplines,
 * school systems) with positions, and checks their references to each other.
 */
import type { Diagnostic, RawProblem } from "../diagnostics/types.js";
import { closest } from "../diagnostics/suggest.js";
import { indexRegistry, type Registry } from "../rules/registry.js";
import {
  frameworkSchema, helplineRegistrySchema, schoolSystemSchema, topicRegistrySchema,
  type Framework, type Helpline, type SchoolSystem, type TopicRegistry,
} from "../schema/registries.js";
import { diagnosticsAt, validateDocument, type SourceFile, type ValidateOptions } from "./validate.js";

/** The registry files of a curriculum. */
export interface RegistrySources {
  readonly topics: SourceFile;
  readonly frameworks: readonly SourceFile[];
  readonly helplines: readonly SourceFile[];
  readonly schoolSystems: readonly SourceFile[];
}

/** A checked registry, or the problems that stopped it. */
export interface RegistryResult {
  readonly registry?: Registry;
  readonly diagnostics: readonly Diagnostic[];
}

function duplicates(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, i) => seen.set(id, [...(seen.get(id) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/**
 * Validates every registry file and their cross-references.
 *
 * @example
 * ```ts
 * const { registry, diagnostics } = validateRegistries(sources);
 * if (!registry) for (const d of diagnostics) console.error(d.message);
 * ```
 */
export function validateRegistries(sources: RegistrySources, options: ValidateOptions = {}): RegistryResult {
  const diagnostics: Diagnostic[] = [];
  const take = <T>(r: { data?: T; diagnostics: Diagnostic[] }): T | undefined => {
    diagnostics.push(...r.diagnostics);
    return r.data;
  };
  const topicReg = take<TopicRegistry>(validateDocument(sources.topics, topicRegistrySchema, options));
  const frameworks = sources.frameworks.map((f) => ({ f, data: take<Framework>(validateDocument(f, frameworkSchema, options)) }));
  const helplineFiles = sources.helplines.map((f) => ({ f, data: take(validateDocument(f, helplineRegistrySchema, options)) }));
  const systems = sources.schoolSystems.map((f) => ({ f, data: take<SchoolSystem>(validateDocument(f, schoolSystemSchema, options)) }));

  // Cross-references, reported by path in the file that holds them.
  const fwById = new Map(frameworks.flatMap(({ data }) => (data ? [[data.id, data] as const] : [])));
  if (topicReg) {
    const raws: RawProblem[] = [];
    for (const [id, at] of duplicates(topicReg.topics.map((t) => t.id))) for (const i of at.slice(1)) raws.push({ code: "registry/duplicate-id", path: ["topics", i, "id"], args: { id, registry: "topic" } });
    topicReg.topics.forEach((t, i) => {
      const fw = fwById.get(t.minAgeReason.framework);
      if (!fw) {
        const suggested = closest(t.minAgeReason.framework, fwById.keys());
        raws.push({ code: "registry/unknown-reference", path: ["topics", i, "minAgeReason", "framework"], args: { ref: t.minAgeReason.framework, kind: "framework", ...(suggested ? { suggested } : {}) } });
      } else if (t.minAgeReason.code !== undefined && !fw.items.some((it) => it.code === t.minAgeReason.code)) {
        raws.push({ code: "registry/unknown-reference", path: ["topics", i, "minAgeReason", "code"], args: { ref: t.minAgeReason.code, kind: `code of ${fw.id}` } });
      }
    });
    diagnostics.push(...diagnosticsAt(sources.topics, raws, options));
  }
  for (const { f, data } of frameworks) {
    if (!data) continue;
    const raws: RawProblem[] = [];
    const codes = new Set(data.items.map((i) => i.code));
    const groups = new Set(data.ageGroups.map((g) => g.code));
    for (const [code, at] of duplicates(data.items.map((i) => i.code))) for (const i of at.slice(1)) raws.push({ code: "registry/duplicate-id", path: ["items", i, "code"], args: { id: code, registry: data.id } });
    data.items.forEach((item, i) => {
      if (item.parent !== undefined && !codes.has(item.parent)) raws.push({ code: "registry/unknown-reference", path: ["items", i, "parent"], args: { ref: item.parent, kind: "item code" } });
      item.ageGroups?.forEach((g, j) => {
        if (!groups.has(g)) raws.push({ code: "registry/unknown-reference", path: ["items", i, "ageGroups", j], args: { ref: g, kind: "age group" } });
      });
    });
    diagnostics.push(...diagnosticsAt(f, raws, options));
  }
  const helplines: Helpline[] = helplineFiles.flatMap(({ data }) => data?.helplines ?? []);
  const seenHelpline = new Set<string>();
  for (const { f, data } of helplineFiles) {
    if (!data) continue;
    const raws: RawProblem[] = [];
    data.helplines.forEach((h, i) => {
      if (seenHelpline.has(h.id)) raws.push({ code: "registry/duplicate-id", path: ["helplines", i, "id"], args: { id: h.id, registry: "helpline" } });
      seenHelpline.add(h.id);
    });
    diagnostics.push(...diagnosticsAt(f, raws, options));
  }
  for (const { f, data } of systems) {
    if (!data) continue;
    const raws: RawProblem[] = [];
    for (const [code, at] of duplicates(data.grades.map((g) => g.code.toLowerCase()))) for (const i of at.slice(1)) raws.push({ code: "registry/duplicate-id", path: ["grades", i, "code"], args: { id: code, registry: data.id } });
    diagnostics.push(...diagnosticsAt(f, raws, options));
  }

  const ok = !diagnostics.some((d) => d.severity === "error") && topicReg && frameworks.every((x) => x.data) && helplineFiles.every((x) => x.data) && systems.every((x) => x.data);
  if (!ok || !topicReg) return { diagnostics };
  const registry = indexRegistry({
    strands: topicReg.strands,
    topics: topicReg.topics,
    frameworks: frameworks.map((x) => x.data!),
    helplines,
    schoolSystems: systems.map((x) => x.data!),
  });
  return { registry, diagnostics };
}
