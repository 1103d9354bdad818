/**
 * The topic taxonomy and the lessons' alignments as a 1EdTech CASE 1.1
 * package: a CFDocument, CFItems for strands, topics and lessons, and
 * CFAssociations between them and to the framework codes lessons align to.
 *
 * Identifiers are UUIDv5 from growsafe ids, so every export of the same
 * curriculum gives the same identifiers.
 */
import { createHash } from "node:crypto";
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";

/** Options of {@link casePackage}. */
export interface CaseOptions {
  /** Base of the package's URIs. Default: `https://growsafe.invalid/case/v1p1/`. */
  readonly baseUri?: string;
  /** lastChangeDateTime of every node. Default: now. */
  readonly date?: Date;
}

/** growsafe's UUIDv5 namespace (a UUIDv5 of "growsafe" in the URL namespace). */
const NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/**
 * A name-based (version 5, SHA-1) UUID, as RFC 4122 defines it.
 *
 * @example
 * ```ts
 * uuidV5("topic:grooming") === uuidV5("topic:grooming"); // true: stable across exports
 * ```
 */
export function uuidV5(name: string, namespace: string = GROWSAFE_NAMESPACE): string {
  return uuidV5Raw(name, namespace);
}

function uuidV5Raw(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const GROWSAFE_NAMESPACE = uuidV5Raw("growsafe", NAMESPACE);

/** CEDS grade-level codes (used by CASE educationLevel) for an age range, from the US grades. */
function cedsLevels(registry: Registry, min: number, max: number): string[] {
  const us = registry.schoolSystemById.get("us");
  if (!us) return [];
  return us.grades
    .filter((g) => g.ages.min <= max && min <= g.ages.max)
    .map((g) => (g.code === "K" ? "KG" : /^\d+$/.test(g.code) ? g.code.padStart(2, "0") : g.code));
}

/**
 * Builds the CASE package (CFPackage JSON) for a curriculum.
 *
 * @example
 * ```ts
 * const pkg = casePackage(lessons, bundledRegistry, { date: new Date("2026-01-01") });
 * ```
 */
export function casePackage(lessons: readonly Lesson[], registry: Registry, options: CaseOptions = {}): Record<string, unknown> {
  const base = options.baseUri ?? "https://growsafe.invalid/case/v1p1/";
  const when = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "+00:00");
  const docId = uuidV5("document:growsafe");
  const docUri = `${base}CFDocuments/${docId}`;
  const itemUri = (id: string): string => `${base}CFItems/${id}`;
  const link = (title: string, identifier: string, uri: string) => ({ title, identifier, uri });
  const items: Record<string, unknown>[] = [];
  const associations: Record<string, unknown>[] = [];
  const associate = (type: string, originTitle: string, originId: string, dest: { title: string; identifier: string; uri: string; targetType?: string }, seq?: number): void => {
    const identifier = uuidV5(`association:${type}:${originId}:${dest.identifier}`);
    associations.push({
      identifier, uri: `${base}CFAssociations/${identifier}`, associationType: type,
      originNodeURI: link(originTitle, originId, itemUri(originId)), destinationNodeURI: dest,
      ...(seq === undefined ? {} : { sequenceNumber: seq }), lastChangeDateTime: when,
    });
  };

  registry.strands.forEach((strand, i) => {
    const id = uuidV5(`strand:${strand.id}`);
    const title = strand.name["en"] ?? strand.id;
    items.push({ identifier: id, uri: itemUri(id), fullStatement: title, humanCodingScheme: strand.id, CFItemType: "Strand", notes: strand.description["en"], language: "en", lastChangeDateTime: when });
    associate("isChildOf", title, id, link("growsafe curriculum", docId, docUri), i + 1);
  });
  registry.topics.forEach((topic, i) => {
    const id = uuidV5(`topic:${topic.id}`);
    const title = topic.name["en"] ?? topic.id;
    items.push({
      identifier: id, uri: itemUri(id), fullStatement: title, humanCodingScheme: topic.id, CFItemType: "Topic",
      notes: topic.description["en"], educationLevel: cedsLevels(registry, topic.minAge, 18), language: "en", lastChangeDateTime: when,
    });
    const strandId = uuidV5(`strand:${topic.strand}`);
    associate("isChildOf", title, id, link(topic.strand, strandId, itemUri(strandId)), i + 1);
  });
  for (const lesson of lessons) {
    const id = uuidV5(`lesson:${lesson.id}`);
    const title = lesson.title["en"] ?? Object.values(lesson.title)[0] ?? lesson.id;
    items.push({
      identifier: id, uri: itemUri(id), fullStatement: title, abbreviatedStatement: lesson.id, humanCodingScheme: lesson.id, CFItemType: "Lesson",
      notes: lesson.summary["en"], educationLevel: cedsLevels(registry, lesson.ages.min, lesson.ages.max), language: "en", lastChangeDateTime: when,
    });
    for (const topic of lesson.topics) {
      const topicId = uuidV5(`topic:${topic}`);
      associate("isRelatedTo", title, id, link(topic, topicId, itemUri(topicId)));
    }
    for (const a of lesson.alignments) {
      // Associations to non-CASE frameworks (CASE 1.1): a LinkGenURI with an ext: target type.
      const fw = registry.frameworkById.get(a.framework);
      associate(a.fit === "partial" ? "isRelatedTo" : "exactMatchOf", title, id, {
        title: `${fw?.shortName ?? a.framework} ${a.code}`, identifier: `${a.framework}:${a.code}`,
        uri: `urn:growsafe:framework:${a.framework}:${a.code}`, targetType: "ext:framework-item",
      });
    }
    for (const pre of lesson.prerequisites ?? []) {
      const preId = uuidV5(`lesson:${pre}`);
      associations.push({
        identifier: uuidV5(`association:precedes:${preId}:${id}`), uri: `${base}CFAssociations/${uuidV5(`association:precedes:${preId}:${id}`)}`,
        associationType: "precedes", originNodeURI: link(pre, preId, itemUri(preId)), destinationNodeURI: link(title, id, itemUri(id)), lastChangeDateTime: when,
      });
    }
  }
  return {
    CFDocument: {
      identifier: docId, uri: docUri, creator: "growsafe contributors", title: "growsafe curriculum: topics and lesson alignments",
      lastChangeDateTime: when, caseVersion: "1.1", language: "en", adoptionStatus: "Draft",
      description: "Media literacy, relationships and sexuality education, and online safety, ages 3 to 18.",
      licenseURI: link("CC BY 4.0", uuidV5("licence:cc-by-4.0"), "https://creativecommons.org/licenses/by/4.0/"),
    },
    CFItems: items,
    CFAssociations: associations,
  };
}
